package vn.toancanh.reporting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.catalog.AggregationType;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.reporting.internal.ConsolidationRepository;
import vn.toancanh.reporting.internal.ReportClock;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;

/**
 * District consolidation: a district's report for the province made from the approved reports of the units under it
 * on the same form, with the units still missing named; the district's leaders send it on, which freezes its figures
 * for the province to pull.
 */
@Service
@Transactional(readOnly = true)
public class ConsolidationService {

    private final ReportingService reporting;
    private final OrganisationService organisation;
    private final CatalogService catalog;
    private final ConsolidationRepository consolidations;
    private final IdentityService identity;
    private final AuditService audit;
    private final ReportClock clock;
    private final JsonMapper json;

    ConsolidationService(
            ReportingService reporting,
            OrganisationService organisation,
            CatalogService catalog,
            ConsolidationRepository consolidations,
            IdentityService identity,
            AuditService audit,
            ReportClock clock,
            JsonMapper json) {
        this.reporting = reporting;
        this.organisation = organisation;
        this.catalog = catalog;
        this.consolidations = consolidations;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    /** The unit that consolidates a form: the parent of its reporting units (the district of its communes). */
    public Optional<String> consolidatingUnit(String formCode) {
        ReportFormView form = reporting.form(formCode);
        return form.units().stream()
                .findFirst()
                .flatMap(u -> organisation.findById(u.id()))
                .flatMap(u -> u.parentId() == null ? Optional.empty() : organisation.findById(u.parentId()))
                .map(UnitView::code);
    }

    public ConsolidationView consolidation(String formCode, String unitCode, String periodId) {
        ReportFormView form = reporting.form(formCode);
        UnitView district =
                organisation.findByCode(unitCode).orElseThrow(() -> NotFoundException.of("đơn vị", unitCode));
        List<ReportView> below = reporting.reports(formCode, periodId).stream()
                .filter(r -> r.unitId() != district.id() && organisation.isWithin(r.unitId(), district.id()))
                .toList();
        if (below.isEmpty()) {
            throw InvalidInputException.of(
                    "unit", "Không có đơn vị nào thuộc " + district.name() + " phải gửi biểu " + form.code());
        }
        List<ConsolidationView.UnitLine> units = below.stream()
                .map(r -> new ConsolidationView.UnitLine(
                        r.unitCode(), r.unitName(), r.status(), r.status() == ReportStatus.APPROVED))
                .toList();
        List<ReportEntryView> approved = new ArrayList<>();
        for (ReportView r : below) {
            if (r.status() == ReportStatus.APPROVED) {
                approved.add(reporting.entry(formCode, r.unitCode(), r.period()));
            }
        }
        ReportEntryView layout =
                approved.isEmpty() ? reporting.entry(formCode, below.get(0).unitCode(), periodId) : approved.get(0);
        Map<String, DataItemView> items = catalog.findItemsByCodes(new LinkedHashSet<>(
                form.items().stream().map(ReportFormView.Item::code).toList()));
        List<ConsolidationView.Line> lines = new ArrayList<>();
        for (int s = 0; s < layout.sections().size(); s++) {
            ReportEntryView.Section section = layout.sections().get(s);
            for (int r = 0; r < section.rows().size(); r++) {
                ReportEntryView.Row row = section.rows().get(r);
                List<@Nullable Double> values = new ArrayList<>();
                for (ReportEntryView entry : approved) {
                    values.add(
                            row.numeric()
                                    ? number(entry.sections()
                                            .get(s)
                                            .rows()
                                            .get(r)
                                            .machineValue())
                                    : null);
                }
                DataItemView item = items.get(row.itemCode());
                boolean average = item != null && item.aggregationType() == AggregationType.AVERAGE;
                lines.add(new ConsolidationView.Line(
                        r == 0 ? section.title() : null,
                        row.number(),
                        row.itemCode(),
                        row.itemName(),
                        row.unitOfMeasure(),
                        row.comboCode(),
                        row.comboName(),
                        values,
                        total(values, average)));
            }
        }
        Optional<ConsolidationRepository.Stored> sent =
                consolidations.find(form.id(), district.id(), layout.report().period());
        return new ConsolidationView(
                form.code(),
                form.name(),
                district.code(),
                district.name(),
                layout.report().period(),
                layout.report().periodLabel(),
                units,
                lines,
                sent.map(ConsolidationRepository.Stored::submittedAt).orElse(null),
                sent.map(ConsolidationRepository.Stored::submittedBy).orElse(null));
    }

    /**
     * The district sends its consolidation on: its figures as they are now are kept for the province. Leaders and
     * admins only; sending again replaces the earlier figures, and both are audited.
     */
    @Transactional
    public ConsolidationView submit(String formCode, String unitCode, String periodId) {
        CurrentUser user = identity.currentUserOrSystem();
        if (!user.readsAll()) {
            throw new AccessDeniedException("Chỉ lãnh đạo gửi báo cáo tổng hợp");
        }
        ConsolidationView view = consolidation(formCode, unitCode, periodId);
        ReportFormView form = reporting.form(formCode);
        long districtId = organisation.getByCode(unitCode).id();
        var now = clock.now();
        ConsolidationView sent = new ConsolidationView(
                view.formCode(),
                view.formName(),
                view.unitCode(),
                view.unitName(),
                view.period(),
                view.periodLabel(),
                view.units(),
                view.lines(),
                now,
                user.username());
        boolean again = consolidations.save(
                form.id(),
                districtId,
                view.period(),
                json.writeValueAsString(sent),
                view.included().size(),
                view.missing().size(),
                user.username(),
                now);
        audit.record(
                again ? "UPDATE" : "CREATE",
                "report_consolidation",
                formCode + "/" + unitCode + "/" + view.period(),
                "Gửi báo cáo tổng hợp: " + view.included().size() + " đơn vị đã duyệt, "
                        + view.missing().size() + " đơn vị chưa có");
        return sent;
    }

    /** The consolidation as the district sent it (JSON), for the province. */
    public String sentSnapshot(String formCode, String unitCode, String periodId) {
        ReportFormView form = reporting.form(formCode);
        UnitView district =
                organisation.findByCode(unitCode).orElseThrow(() -> NotFoundException.of("đơn vị", unitCode));
        return consolidations
                .find(form.id(), district.id(), form.period(periodId).id())
                .map(ConsolidationRepository.Stored::snapshot)
                .orElseThrow(() -> new NotFoundException("Báo cáo tổng hợp " + formCode + " của " + district.name()
                        + " kỳ " + periodId + " chưa được gửi"));
    }

    /** A numeric row's machine value as a number; null when nothing was entered. */
    private static @Nullable Double number(@Nullable String machine) {
        if (machine == null) {
            return null;
        }
        try {
            return Double.parseDouble(machine);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Double total(List<@Nullable Double> values, boolean average) {
        double sum = 0;
        int n = 0;
        for (Double v : values) {
            if (v != null) {
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        return average ? sum / n : sum;
    }
}
