package vn.toancanh.organisation.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.AuditService;
import vn.toancanh.organisation.UnitGroupView;
import vn.toancanh.organisation.UnitInput;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.organisation.UnitsChanged;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;

/** Creates, edits, moves and closes units; every write audited and announced. Runs in the caller's transaction. */
@Component
public class UnitEditor {

    static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String ENTITY = "org_unit";

    private final UnitRepository units;
    private final UnitChangeRepository changes;
    private final UnitGroupRepository groups;
    private final UnitValidator validator;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    UnitEditor(
            UnitRepository units,
            UnitChangeRepository changes,
            UnitGroupRepository groups,
            UnitValidator validator,
            AuditService audit,
            ApplicationEventPublisher events) {
        this.units = units;
        this.changes = changes;
        this.groups = groups;
        this.validator = validator;
        this.audit = audit;
        this.events = events;
    }

    public UnitView create(UnitInput input) {
        List<FieldProblem> problems = new ArrayList<>(validator.validate(input));
        UnitView parent = input.parentCode() == null ? null : openParent(input.parentCode(), problems);
        Map<String, UnitGroupView> memberOf = groupsOf(input, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireFreeCode(input.code());
        UnitView created = write(input, parent, memberOf.values());
        audit.record("CREATE", ENTITY, created.code(), created.name());
        events.publishEvent(new UnitsChanged("CREATE", List.of(created.code())));
        return created;
    }

    /** Inserts without checks: for callers that validated already (create, import). */
    UnitView write(UnitInput input, @Nullable UnitView parent, Iterable<UnitGroupView> memberOf) {
        int level = parent == null ? 1 : parent.level() + 1;
        long id =
                changes.insert(input, level, parent == null ? null : parent.id(), parent == null ? "/" : parent.path());
        for (UnitGroupView group : memberOf) {
            groups.addMember(group.id(), id);
        }
        return units.findById(id).orElseThrow();
    }

    public UnitView update(String code, UnitInput input) {
        UnitView unit = get(code);
        List<FieldProblem> problems = new ArrayList<>(validator.validate(input));
        Map<String, UnitGroupView> memberOf = groupsOf(input, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!input.code().equals(code)) {
            requireFreeCode(input.code());
        }
        if (input.validTo() != null) {
            requireNoOpenChildren(unit, input.validTo(), "validTo");
        }
        changes.update(unit.id(), input);
        groups.replaceMemberships(
                unit.id(), memberOf.values().stream().map(UnitGroupView::id).toList());
        String renamed = input.code().equals(code) ? "" : " (mã cũ " + code + ")";
        audit.record("UPDATE", ENTITY, input.code(), input.name() + renamed);
        events.publishEvent(new UnitsChanged("UPDATE", List.of(input.code())));
        return units.findById(unit.id()).orElseThrow();
    }

    /** Moves the unit and its whole subtree under {@code parentCode} (null: to the top). */
    public UnitView move(String code, @Nullable String parentCode) {
        UnitView unit = get(code);
        UnitView parent = parentCode == null
                ? null
                : units.findByCode(parentCode)
                        .orElseThrow(() -> InvalidInputException.of(
                                "parentCode", "Không tìm thấy đơn vị cấp trên '" + parentCode + "'"));
        if (parent != null && parent.isWithin(unit)) {
            throw new ConflictException(
                    "parentCode", "Không thể chuyển đơn vị vào chính nó hoặc một đơn vị trực thuộc nó");
        }
        if (parent != null && parent.validTo() != null) {
            throw new ConflictException("parentCode", "Đơn vị cấp trên '" + parent.name() + "' đã giải thể");
        }
        Long oldParent = unit.parentId();
        if (parent == null ? oldParent == null : Long.valueOf(parent.id()).equals(oldParent)) {
            return unit;
        }
        String newPath = (parent == null ? "/" : parent.path()) + unit.id() + "/";
        int shift = (parent == null ? 1 : parent.level() + 1) - unit.level();
        int moved = changes.moveSubtree(unit.id(), parent == null ? null : parent.id(), unit.path(), newPath, shift);
        audit.record(
                "MOVE",
                ENTITY,
                code,
                "Chuyển " + moved + " đơn vị sang "
                        + (parent == null ? "cấp cao nhất" : parent.code() + " " + parent.name()));
        events.publishEvent(new UnitsChanged("MOVE", List.of(code)));
        return units.findById(unit.id()).orElseThrow();
    }

    /** Ends the unit's validity: {@code lastDay} is the last day it exists. */
    public UnitView close(String code, @Nullable LocalDate lastDay, @Nullable String reason) {
        UnitView unit = get(code);
        if (lastDay == null) {
            throw InvalidInputException.of("validTo", "Vui lòng nhập ngày giải thể");
        }
        requireOpen(unit, "code");
        if (unit.validFrom() != null && lastDay.isBefore(unit.validFrom())) {
            throw InvalidInputException.of(
                    "validTo",
                    "Ngày giải thể phải từ ngày bắt đầu hiệu lực (" + VI_DATE.format(unit.validFrom()) + ") trở đi");
        }
        requireNoOpenChildren(unit, lastDay, "code");
        changes.close(unit.id(), lastDay);
        audit.record(
                "CLOSE",
                ENTITY,
                code,
                "Hết hiệu lực sau ngày " + VI_DATE.format(lastDay)
                        + (reason == null || reason.isBlank() ? "" : ": " + reason.trim()));
        events.publishEvent(new UnitsChanged("CLOSE", List.of(code)));
        return units.findById(unit.id()).orElseThrow();
    }

    UnitView get(String code) {
        return units.findByCode(code).orElseThrow(() -> NotFoundException.of("đơn vị", code));
    }

    void requireOpen(UnitView unit, String field) {
        if (unit.validTo() != null) {
            throw new ConflictException(
                    field,
                    "Đơn vị '" + unit.name() + "' đã hết hiệu lực từ sau ngày " + VI_DATE.format(unit.validTo()));
        }
    }

    /** Children must end no later than their parent. */
    void requireNoOpenChildren(UnitView unit, LocalDate lastDay, String field) {
        int open = changes.openChildren(unit.id(), lastDay.plusDays(1));
        if (open > 0) {
            throw new ConflictException(
                    field,
                    "Đơn vị '" + unit.name() + "' còn " + open
                            + " đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc giải thể chúng trước");
        }
    }

    void requireFreeCode(String code) {
        Optional<UnitView> taken = units.findByCode(code);
        if (taken.isPresent()) {
            throw new ConflictException(
                    "code",
                    "Mã '" + code + "' đã được dùng cho đơn vị '" + taken.get().name() + "'");
        }
    }

    private @Nullable UnitView openParent(String parentCode, List<FieldProblem> problems) {
        Optional<UnitView> parent = units.findByCode(parentCode);
        if (parent.isEmpty()) {
            problems.add(new FieldProblem("parentCode", "Không tìm thấy đơn vị cấp trên '" + parentCode + "'"));
            return null;
        }
        if (parent.get().validTo() != null) {
            problems.add(new FieldProblem(
                    "parentCode", "Đơn vị cấp trên '" + parent.get().name() + "' đã hết hiệu lực"));
        }
        return parent.get();
    }

    private Map<String, UnitGroupView> groupsOf(UnitInput input, List<FieldProblem> problems) {
        Map<String, UnitGroupView> found = groups.findByCodes(input.groupCodes());
        input.groupCodes().stream()
                .filter(c -> !found.containsKey(c))
                .forEach(c -> problems.add(new FieldProblem("groupCodes", "Không tìm thấy nhóm đơn vị '" + c + "'")));
        return found;
    }
}
