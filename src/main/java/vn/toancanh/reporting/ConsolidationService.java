package vn.toancanh.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
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
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;

/**
 * District consolidation: a district's report for the province made from the approved reports of the units under it
 * — on the same form, or on another form through a mapping of items — with the units still missing named; the district's leaders send it on, which freezes its figures
 * for the province to pull.
 */
@Service
@Transactional(readOnly = true)
public class ConsolidationService {

    private static final TypeReference<List<ConsolidationMapping.Line>> MAPPING_LINES = new TypeReference<>() {};

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

    /**
     * The unit that consolidates a form: the parent of its reporting units (the district of its communes); for a form
     * consolidated from another form, its own reporting unit (the district that sends it).
     */
    public Optional<String> consolidatingUnit(String formCode) {
        ReportFormView form = reporting.form(formCode);
        if (mapping(form).isPresent()) {
            return form.units().stream().findFirst().map(ReportFormView.FormUnit::code);
        }
        return form.units().stream()
                .findFirst()
                .flatMap(u -> organisation.findById(u.id()))
                .flatMap(u -> u.parentId() == null ? Optional.empty() : organisation.findById(u.parentId()))
                .map(UnitView::code);
    }

    /**
     * The district's consolidation for a period: its form's rows, each the total over the approved reports of the
     * units under it — on the same form, or on the source form of the form's mapping — with each unit's figure.
     */
    public ConsolidationView consolidation(String formCode, String unitCode, String periodId) {
        ReportFormView form = reporting.form(formCode);
        Optional<ConsolidationMapping> mapping = mapping(form);
        ReportFormView source =
                mapping.map(m -> reporting.form(m.sourceFormCode())).orElse(form);
        UnitView district =
                organisation.findByCode(unitCode).orElseThrow(() -> NotFoundException.of("đơn vị", unitCode));
        List<ReportView> below = reporting.reports(source.code(), periodId).stream()
                .filter(r -> r.unitId() != district.id() && organisation.isWithin(r.unitId(), district.id()))
                .toList();
        if (below.isEmpty()) {
            throw InvalidInputException.of(
                    "unit", "Không có đơn vị nào thuộc " + district.name() + " phải gửi biểu " + source.code());
        }
        List<ConsolidationView.UnitLine> units = below.stream()
                .map(r -> new ConsolidationView.UnitLine(
                        r.unitCode(), r.unitName(), r.status(), r.status() == ReportStatus.APPROVED))
                .toList();
        List<Map<String, Double>> approved = new ArrayList<>();
        ReportEntryView firstApproved = null;
        for (ReportView r : below) {
            if (r.status() == ReportStatus.APPROVED) {
                ReportEntryView entry = reporting.entry(source.code(), r.unitCode(), r.period());
                approved.add(figures(entry));
                firstApproved = firstApproved == null ? entry : firstApproved;
            }
        }
        // the rows: the district's own form, or (same form) the layout the units filled
        if (mapping.isPresent() && !form.assigned(district.id())) {
            throw InvalidInputException.of("unit", district.name() + " không phải gửi biểu " + form.code());
        }
        ReportEntryView layout = mapping.isPresent()
                ? reporting.entry(form.code(), district.code(), periodId)
                : firstApproved != null
                        ? firstApproved
                        : reporting.entry(formCode, below.get(0).unitCode(), periodId);
        Map<String, DataItemView> items = catalog.findItemsByCodes(new LinkedHashSet<>(
                form.items().stream().map(ReportFormView.Item::code).toList()));
        List<ConsolidationView.Line> lines = new ArrayList<>();
        for (ReportEntryView.Section section : layout.sections()) {
            for (int r = 0; r < section.rows().size(); r++) {
                ReportEntryView.Row row = section.rows().get(r);
                List<String> sources =
                        mapping.map(m -> m.sourcesOf(row.itemCode())).orElse(List.of(row.itemCode()));
                List<@Nullable Double> values = new ArrayList<>();
                for (Map<String, Double> unitFigures : approved) {
                    values.add(row.numeric() ? sum(unitFigures, sources, row.comboCode()) : null);
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
                mapping.map(m -> m.sourceFormCode()).orElse(null),
                mapping.map(m -> m.sourceFormName()).orElse(null),
                units,
                lines,
                sent.map(ConsolidationRepository.Stored::submittedAt).orElse(null),
                sent.map(ConsolidationRepository.Stored::submittedBy).orElse(null));
    }

    /** How {@code formCode} is consolidated from another form, if it is. */
    public Optional<ConsolidationMapping> mapping(String formCode) {
        return mapping(reporting.form(formCode));
    }

    private Optional<ConsolidationMapping> mapping(ReportFormView form) {
        return consolidations.mapping(form.id()).map(m -> {
            ReportFormView source = reporting.forms().stream()
                    .filter(f -> f.id() == m.sourceFormId())
                    .findFirst()
                    .orElseThrow();
            List<ConsolidationMapping.Line> lines = json.readValue(m.lines(), MAPPING_LINES);
            return new ConsolidationMapping(
                    form.code(), source.code(), source.name(), lines, m.updatedAt(), m.updatedBy());
        });
    }

    /**
     * Sets how a form is consolidated from another form of the same period type: each line a target item of this form
     * with the source form's items that add up to it. Admins only; every mistake reported by field; audited.
     */
    @Transactional
    public ConsolidationMapping saveMapping(String formCode, ConsolidationMappingInput input) {
        if (!identity.currentUserOrSystem().isAdmin()) {
            throw new AccessDeniedException("Chỉ quản trị viên đặt cách tổng hợp");
        }
        ReportFormView form = reporting.form(formCode);
        List<FieldProblem> problems = new ArrayList<>();
        String sourceCode = input.sourceForm() == null ? "" : input.sourceForm().strip();
        ReportFormView source = sourceCode.isEmpty()
                ? null
                : reporting.forms().stream()
                        .filter(f -> f.code().equals(sourceCode))
                        .findFirst()
                        .orElse(null);
        if (source == null) {
            problems.add(new FieldProblem(
                    "sourceForm", sourceCode.isEmpty() ? "Chọn biểu nguồn" : "Không có biểu " + sourceCode));
        } else if (source.id() == form.id()) {
            problems.add(new FieldProblem("sourceForm", "Biểu nguồn phải khác biểu này"));
        } else if (source.periodType() != form.periodType()) {
            problems.add(new FieldProblem("sourceForm", "Biểu nguồn phải cùng kỳ báo cáo với biểu này"));
        }
        Set<String> targets = new LinkedHashSet<>(
                form.items().stream().map(ReportFormView.Item::code).toList());
        Set<String> available = source == null
                ? Set.of()
                : new LinkedHashSet<>(
                        source.items().stream().map(ReportFormView.Item::code).toList());
        List<ConsolidationMapping.Line> lines = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<ConsolidationMapping.Line> raw = input.lines() == null ? List.of() : input.lines();
        for (int i = 0; i < raw.size(); i++) {
            ConsolidationMapping.Line line = raw.get(i);
            String field = "lines[" + i + "]";
            String target =
                    line == null || line.target() == null ? "" : line.target().strip();
            List<String> sources = line == null
                    ? List.of()
                    : line.sources().stream()
                            .filter(x -> x != null && !x.isBlank())
                            .map(String::strip)
                            .toList();
            if (!targets.contains(target)) {
                problems.add(new FieldProblem(field, "Biểu " + form.code() + " không có chỉ tiêu " + target));
            } else if (!seen.add(target)) {
                problems.add(new FieldProblem(field, "Chỉ tiêu " + target + " đã có một dòng"));
            }
            if (sources.isEmpty()) {
                problems.add(new FieldProblem(field, "Cần ít nhất một chỉ tiêu của biểu nguồn cho " + target));
            } else if (source != null) {
                List<String> missing =
                        sources.stream().filter(x -> !available.contains(x)).toList();
                if (!missing.isEmpty()) {
                    problems.add(new FieldProblem(
                            field, "Biểu " + source.code() + " không có chỉ tiêu " + String.join(", ", missing)));
                }
            }
            lines.add(new ConsolidationMapping.Line(target, sources));
        }
        if (source != null) {
            // an item without a line must be found under its own code in the source form
            List<String> unmatched = targets.stream()
                    .filter(t -> !seen.contains(t) && !available.contains(t))
                    .toList();
            if (!unmatched.isEmpty()) {
                problems.add(new FieldProblem(
                        "lines",
                        "Biểu " + source.code() + " không có " + String.join(", ", unmatched)
                                + ": thêm một dòng cho mỗi chỉ tiêu này"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        consolidations.saveMapping(
                form.id(),
                source.id(),
                json.writeValueAsString(lines),
                identity.currentUserOrSystem().username());
        audit.record(
                "UPDATE",
                "report_form_mapping",
                form.code(),
                "Tổng hợp từ biểu " + source.code() + ": " + lines.size() + " dòng ánh xạ");
        return mapping(form).orElseThrow();
    }

    /** The form is consolidated from its own reports again. Admins only; audited. */
    @Transactional
    public void deleteMapping(String formCode) {
        if (!identity.currentUserOrSystem().isAdmin()) {
            throw new AccessDeniedException("Chỉ quản trị viên đặt cách tổng hợp");
        }
        ReportFormView form = reporting.form(formCode);
        if (consolidations.deleteMapping(form.id())) {
            audit.record("DELETE", "report_form_mapping", form.code(), null);
        }
    }

    /** A report's numeric figures by item and disaggregation ({@code ITEM|COMBO}). */
    private static Map<String, Double> figures(ReportEntryView entry) {
        Map<String, Double> out = new HashMap<>();
        for (ReportEntryView.Section section : entry.sections()) {
            for (ReportEntryView.Row row : section.rows()) {
                Double v = row.numeric() ? number(row.machineValue()) : null;
                if (v != null) {
                    out.put(row.itemCode() + "|" + row.comboCode(), v);
                }
            }
        }
        return out;
    }

    /** The sum of the sources' figures for the disaggregation; null when none of them has one. */
    private static @Nullable Double sum(Map<String, Double> figures, List<String> sources, String combo) {
        Double sum = null;
        for (String item : sources) {
            Double v = figures.get(item + "|" + combo);
            if (v != null) {
                sum = sum == null ? v : sum + v;
            }
        }
        return sum;
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
                view.sourceFormCode(),
                view.sourceFormName(),
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
