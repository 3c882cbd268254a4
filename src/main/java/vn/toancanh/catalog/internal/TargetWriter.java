package vn.toancanh.catalog.internal;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogChanged;
import vn.toancanh.catalog.TargetInput;
import vn.toancanh.catalog.TargetView;
import vn.toancanh.identity.AuditService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;

/** Saves (one per item or indicator, unit and year) and deletes targets; audited, publishes {@link CatalogChanged}. */
@Component
public class TargetWriter {

    private final Validator validator;
    private final TargetRepository targets;
    private final DataItemRepository items;
    private final IndicatorRepository indicators;
    private final OrganisationService organisation;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    TargetWriter(
            Validator validator,
            TargetRepository targets,
            DataItemRepository items,
            IndicatorRepository indicators,
            OrganisationService organisation,
            AuditService audit,
            ApplicationEventPublisher events) {
        this.validator = validator;
        this.targets = targets;
        this.items = items;
        this.indicators = indicators;
        this.organisation = organisation;
        this.audit = audit;
        this.events = events;
    }

    public long save(TargetInput input) {
        List<FieldProblem> problems = new ArrayList<>(ItemValidator.beanProblems(validator.validate(input)));
        String dx = input.dxCode() == null ? "" : input.dxCode().trim();
        if (!dx.isEmpty()
                && items.findByCode(dx).isEmpty()
                && indicators.findByCode(dx).isEmpty()) {
            problems.add(new FieldProblem("dxCode", "Không tìm thấy chỉ tiêu hoặc chỉ số '" + dx + "'"));
        }
        Optional<UnitView> unit = ItemValidator.hasText(input.unitCode())
                ? organisation.findByCode(input.unitCode().trim())
                : Optional.empty();
        if (ItemValidator.hasText(input.unitCode()) && unit.isEmpty()) {
            problems.add(new FieldProblem("unitCode", "Không tìm thấy đơn vị '" + input.unitCode() + "'"));
        }
        if (input.value() != null && !Double.isFinite(input.value())) {
            problems.add(new FieldProblem("value", "Giá trị mục tiêu phải là một số"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        TargetRepository.Saved saved = targets.upsert(
                dx,
                unit.orElseThrow().id(),
                input.year(),
                input.value(),
                input.direction(),
                ItemWriter.blankToNull(input.note()));
        audit.record(
                saved.created() ? "CREATE" : "UPDATE",
                "data_target",
                dx + "/" + unit.get().code() + "/" + input.year(),
                input.value() + " (" + input.direction() + ")");
        events.publishEvent(new CatalogChanged(CatalogChanged.TARGET, Set.of(dx)));
        return saved.id();
    }

    public void delete(long id) {
        TargetView target =
                targets.findById(id).orElseThrow(() -> NotFoundException.of("mục tiêu", String.valueOf(id)));
        targets.delete(id);
        audit.record("DELETE", "data_target", target.dxCode() + "/" + target.unitId() + "/" + target.year(), null);
        events.publishEvent(new CatalogChanged(CatalogChanged.TARGET, Set.of(target.dxCode())));
    }
}
