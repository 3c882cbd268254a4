package vn.toancanh.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogChanged;
import vn.toancanh.catalog.DataGroupView;
import vn.toancanh.catalog.DataItemInput;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.catalog.internal.CatalogLookups.Resolved;
import vn.toancanh.identity.AuditService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;

/** Creates and updates single data items: validate, resolve codes to ids, write, audit, publish. */
@Component
public class ItemWriter {

    private final ItemValidator validator;
    private final CatalogLookups lookups;
    private final ItemWriteRepository items;
    private final IndicatorRepository indicators;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    ItemWriter(
            ItemValidator validator,
            CatalogLookups lookups,
            ItemWriteRepository items,
            IndicatorRepository indicators,
            AuditService audit,
            ApplicationEventPublisher events) {
        this.validator = validator;
        this.lookups = lookups;
        this.items = items;
        this.indicators = indicators;
        this.audit = audit;
        this.events = events;
    }

    public void create(DataItemInput input) {
        Resolved resolved = validOrThrow(input);
        if (!items.idsByCodes(List.of(input.code().trim())).isEmpty()) {
            throw new ConflictException("code", "Mã chỉ tiêu '" + input.code().trim() + "' đã tồn tại");
        }
        if (!indicators.existingCodes(List.of(input.code().trim())).isEmpty()) {
            throw new ConflictException("code", "Mã '" + input.code().trim() + "' đã là mã của một chỉ số");
        }
        ItemRow row = toRow(
                input,
                resolved,
                nextSortOrder(resolved.groups().get(input.groupCode().trim())));
        items.upsertAll(List.of(row));
        items.updateSourceLink(row.code(), blankToNull(input.sourceLink()));
        audit.record("CREATE", "data_item", row.code(), row.name());
        events.publishEvent(new CatalogChanged(CatalogChanged.ITEM, Set.of(row.code())));
    }

    /** Gives an item the records link a module computes it from (see {@code CatalogService.ensureComputedCount}). */
    public void addSourceLink(String code, String sourceLink) {
        items.updateSourceLink(code, sourceLink);
        audit.record("UPDATE", "data_item", code, "Liên kết hồ sơ gốc: " + sourceLink);
        events.publishEvent(new CatalogChanged(CatalogChanged.ITEM, Set.of(code)));
    }

    public void update(String code, DataItemInput input) {
        if (items.idsByCodes(List.of(code)).isEmpty()) {
            throw NotFoundException.of("chỉ tiêu", code);
        }
        if (!code.equals(input.code() == null ? null : input.code().trim())) {
            throw InvalidInputException.of("code", "Không được đổi mã chỉ tiêu (mã hiện tại: " + code + ")");
        }
        Resolved resolved = validOrThrow(input);
        ItemRow row = toRow(input, resolved, 0);
        items.upsertAll(List.of(row));
        items.updateSourceLink(row.code(), blankToNull(input.sourceLink()));
        audit.record("UPDATE", "data_item", row.code(), row.name());
        events.publishEvent(new CatalogChanged(CatalogChanged.ITEM, Set.of(row.code())));
    }

    /** Every problem of the input, without writing (the form shows them all, with its own parse errors). */
    public List<FieldProblem> problems(DataItemInput input) {
        return validator.validate(input, lookups.resolve(unitCodes(input)));
    }

    private Resolved validOrThrow(DataItemInput input) {
        Resolved resolved = lookups.resolve(unitCodes(input));
        List<FieldProblem> problems = validator.validate(input, resolved);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return resolved;
    }

    private int nextSortOrder(DataGroupView group) {
        return items.nextSortOrders(List.of(group.id())).getOrDefault(group.id(), 1);
    }

    static List<String> unitCodes(DataItemInput input) {
        List<String> codes = new ArrayList<>(input.reportingUnits());
        Optional.ofNullable(input.ownerUnitCode()).ifPresent(codes::add);
        return codes;
    }

    /** The row for a valid input; an empty owner falls back to the group's owner, an empty combo to the default. */
    static ItemRow toRow(DataItemInput input, Resolved resolved, int sortOrder) {
        DataGroupView group = resolved.groups().get(input.groupCode().trim());
        Map<String, UnitView> units = resolved.units();
        // boxed on both sides: a group without an owner gives an item without one (a primitive would unbox null)
        Long owner = ItemValidator.hasText(input.ownerUnitCode())
                ? Long.valueOf(units.get(input.ownerUnitCode().trim()).id())
                : group.ownerUnitId();
        long combo = ItemValidator.hasText(input.categoryComboCode())
                ? resolved.comboIds().get(input.categoryComboCode().trim())
                : OptionComboView.DEFAULT_ID;
        List<Long> reporters = input.reportingUnits().stream()
                .filter(ItemValidator::hasText)
                .map(c -> units.get(c.trim()).id())
                .distinct()
                .toList();
        return new ItemRow(
                input.code().trim(),
                group.id(),
                input.name().trim(),
                blankToNull(input.nameEn()),
                blankToNull(input.shortName()),
                blankToNull(input.description()),
                blankToNull(input.unitOfMeasure()),
                input.valueType(),
                input.aggregationType(),
                input.timeAggregationType(),
                input.periodType(),
                combo,
                owner,
                input.sharing(),
                blankToNull(input.source()),
                blankToNull(input.legalBasis()),
                blankToNull(input.officialCode()),
                input.minValue(),
                input.maxValue(),
                input.active(),
                sortOrder,
                reporters);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
