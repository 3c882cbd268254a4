package vn.toancanh.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.reporting.ConsolidationService;
import vn.toancanh.reporting.ReportEntryView;
import vn.toancanh.reporting.ReportFormView;
import vn.toancanh.reporting.ReportView;
import vn.toancanh.reporting.ReportingService;
import vn.toancanh.reporting.internal.ReportWorkbook;
import vn.toancanh.shared.NotFoundException;

/**
 * What the province's reporting system pulls: the reports units have sent (submitted or approved), each as JSON with
 * machine numbers and as Excel in the form's own layout. Meant for an API token with the {@code PROVINCE_REPORTS}
 * scope, which opens these endpoints and nothing else; leaders and admins may call them too.
 */
@RestController
@RequestMapping("/api/province")
@PreAuthorize("hasAnyRole('ADMIN','LEADER')")
@Tag(name = "Báo cáo gửi tỉnh", description = "Submitted reports for the provincial reporting system (scoped token)")
class ProvinceExportController {

    private final ReportingService reporting;
    private final ConsolidationService consolidations;

    ProvinceExportController(ReportingService reporting, ConsolidationService consolidations) {
        this.reporting = reporting;
        this.consolidations = consolidations;
    }

    /** One sent report in the list, with where to fetch it. */
    record SentReport(
            String form,
            String unit,
            String unitName,
            String period,
            String status,
            @Nullable Instant submittedAt,
            @Nullable Instant approvedAt,
            String json,
            String excel) {}

    /** A sent report with its values: numbers as plain decimals ({@code 1234.5}), empty where none was entered. */
    record ReportDocument(
            String form,
            String formName,
            int formVersion,
            @Nullable String legalBasis,
            String unit,
            String unitName,
            String period,
            String periodLabel,
            String status,
            @Nullable Instant submittedAt,
            @Nullable String submittedBy,
            @Nullable Instant approvedAt,
            @Nullable String approvedBy,
            @Nullable Boolean onTime,
            List<Section> sections) {}

    record Section(String title, List<Value> values) {}

    record Value(
            int number,
            String item,
            String name,
            @Nullable String unitOfMeasure,
            String categoryOptionCombo,
            @Nullable String disaggregation,
            @Nullable String value) {}

    @GetMapping("/reports")
    @Operation(summary = "The reports of a form and period that units have sent (submitted or approved)")
    List<SentReport> sent(@RequestParam String form, @RequestParam String period) {
        List<SentReport> out = new ArrayList<>();
        for (ReportView r : reporting.reports(form, period)) {
            if (!r.status().sent()) {
                continue;
            }
            String path = "/api/province/reports/" + form + "/" + r.unitCode() + "/" + r.period();
            out.add(new SentReport(
                    form,
                    r.unitCode(),
                    r.unitName(),
                    r.period(),
                    r.status().name(),
                    r.submittedAt(),
                    r.approvedAt(),
                    path,
                    path + ".xlsx"));
        }
        return out;
    }

    @GetMapping("/reports/{form}/{unit}/{period}")
    @Operation(summary = "One sent report with its values, section by section")
    ReportDocument one(@PathVariable String form, @PathVariable String unit, @PathVariable String period) {
        ReportEntryView entry = sentEntry(form, unit, period);
        ReportFormView f = entry.form();
        ReportView r = entry.report();
        List<Section> sections = entry.sections().stream()
                .map(s -> new Section(
                        s.title(),
                        s.rows().stream()
                                .map(row -> new Value(
                                        row.number(),
                                        row.itemCode(),
                                        row.itemName(),
                                        row.unitOfMeasure(),
                                        row.comboCode(),
                                        row.comboName(),
                                        row.machineValue()))
                                .toList()))
                .toList();
        return new ReportDocument(
                f.code(),
                f.name(),
                r.formVersion(),
                f.legalBasis(),
                r.unitCode(),
                r.unitName(),
                r.period(),
                r.periodLabel(),
                r.status().name(),
                r.submittedAt(),
                r.submittedBy(),
                r.approvedAt(),
                r.approvedBy(),
                r.onTime(),
                sections);
    }

    @GetMapping("/reports/{form}/{unit}/{period}.xlsx")
    @Operation(summary = "One sent report as Excel in the form's layout")
    ResponseEntity<byte[]> excel(@PathVariable String form, @PathVariable String unit, @PathVariable String period) {
        byte[] workbook = ReportWorkbook.write(sentEntry(form, unit, period));
        return ReportFiles.attachment(workbook, ReportFiles.XLSX, form + "_" + unit + "_" + period + ".xlsx");
    }

    @GetMapping(value = "/consolidations/{form}/{unit}/{period}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A district's consolidation as it sent it: each unit's figures, the totals, who was missing")
    String consolidation(@PathVariable String form, @PathVariable String unit, @PathVariable String period) {
        return consolidations.sentSnapshot(form, unit, period);
    }

    /** The report, if its unit has sent it: drafts are the unit's own business. */
    private ReportEntryView sentEntry(String form, String unit, String period) {
        ReportEntryView entry = reporting.entry(form, unit, period);
        if (!entry.report().status().sent()) {
            throw new NotFoundException("Báo cáo " + form + " của đơn vị " + unit + " kỳ " + period + " chưa được gửi");
        }
        return entry;
    }
}
