package vn.toancanh.catalog.internal;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogChanged;
import vn.toancanh.catalog.DataGroupInput;
import vn.toancanh.catalog.internal.CatalogLookups.Resolved;
import vn.toancanh.identity.AuditService;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;

/** Creates and updates data groups: validate, resolve codes, write, audit, publish. */
@Component
public class GroupWriter {

    private final Validator validator;
    private final CatalogLookups lookups;
    private final GroupRepository groups;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    GroupWriter(
            Validator validator,
            CatalogLookups lookups,
            GroupRepository groups,
            AuditService audit,
            ApplicationEventPublisher events) {
        this.validator = validator;
        this.lookups = lookups;
        this.groups = groups;
        this.audit = audit;
        this.events = events;
    }

    public void create(DataGroupInput input) {
        Resolved resolved = validOrThrow(input);
        if (resolved.groups().containsKey(input.code().trim())) {
            throw new ConflictException("code", "Mã nhóm '" + input.code().trim() + "' đã tồn tại");
        }
        long sectorId = resolved.sectorIds().get(input.sectorCode().trim());
        groups.upsertAll(List.of(toRow(input, resolved, groups.nextSortOrder(sectorId))));
        audit.record("CREATE", "data_group", input.code().trim(), input.name());
        events.publishEvent(
                new CatalogChanged(CatalogChanged.GROUP, Set.of(input.code().trim())));
    }

    public void update(String code, DataGroupInput input) {
        Resolved resolved = validOrThrow(input);
        if (!resolved.groups().containsKey(code)) {
            throw NotFoundException.of("nhóm dữ liệu", code);
        }
        if (!code.equals(input.code().trim())) {
            throw InvalidInputException.of("code", "Không được đổi mã nhóm (mã hiện tại: " + code + ")");
        }
        groups.upsertAll(List.of(toRow(input, resolved, 0)));
        audit.record("UPDATE", "data_group", code, input.name());
        events.publishEvent(new CatalogChanged(CatalogChanged.GROUP, Set.of(code)));
    }

    private Resolved validOrThrow(DataGroupInput input) {
        List<String> unitCodes = new ArrayList<>(input.reportingUnits());
        if (ItemValidator.hasText(input.ownerUnitCode())) {
            unitCodes.add(input.ownerUnitCode());
        }
        Resolved resolved = lookups.resolve(unitCodes);
        List<FieldProblem> problems = new ArrayList<>(ItemValidator.beanProblems(validator.validate(input)));
        if (ItemValidator.hasText(input.sectorCode())
                && !resolved.sectorIds().containsKey(input.sectorCode().trim())) {
            problems.add(new FieldProblem("sectorCode", "Không tìm thấy lĩnh vực '" + input.sectorCode() + "'"));
        }
        if (ItemValidator.hasText(input.ownerUnitCode())
                && !resolved.units().containsKey(input.ownerUnitCode().trim())) {
            problems.add(new FieldProblem("ownerUnitCode", "Không tìm thấy đơn vị '" + input.ownerUnitCode() + "'"));
        }
        input.reportingUnits().stream()
                .filter(ItemValidator::hasText)
                .filter(c -> !resolved.units().containsKey(c.trim()))
                .forEach(
                        c -> problems.add(new FieldProblem("reportingUnitCodes", "Không tìm thấy đơn vị '" + c + "'")));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return resolved;
    }

    private static GroupRow toRow(DataGroupInput input, Resolved resolved, int sortOrder) {
        Long owner = ItemValidator.hasText(input.ownerUnitCode())
                ? resolved.units().get(input.ownerUnitCode().trim()).id()
                : null;
        List<Long> reporters = input.reportingUnits().stream()
                .filter(ItemValidator::hasText)
                .map(c -> resolved.units().get(c.trim()).id())
                .distinct()
                .toList();
        return new GroupRow(
                input.code().trim(),
                resolved.sectorIds().get(input.sectorCode().trim()),
                input.name().trim(),
                ItemWriter.blankToNull(input.nameEn()),
                ItemWriter.blankToNull(input.description()),
                owner,
                input.periodType(),
                input.sharing(),
                sortOrder,
                reporters);
    }
}
