package vn.toancanh.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.reports.QuickReports;
import vn.toancanh.reports.ReportDocument;
import vn.toancanh.shared.FileFormat;

/**
 * Quick reports as files: any analytics query ({@code /reports/quick.pdf?dimension=…}, as a dashboard widget's
 * Excel and PDF links ask it) or a whole dashboard. The file is built before the response starts, so a bad query
 * answers with a problem, not half a file.
 */
@RestController
@Tag(name = "Báo cáo nhanh", description = "Analytics queries and dashboards as Excel and PDF reports")
class QuickReportController {

    static final MediaType XLSX = MediaType.parseMediaType(FileFormat.XLSX.contentType());

    private final QuickReports reports;

    QuickReportController(QuickReports reports) {
        this.reports = reports;
    }

    @GetMapping("/reports/quick.xlsx")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "An analytics query as a formatted Excel report (header block, names, numbers, chart)")
    ResponseEntity<byte[]> quickExcel(@ParameterObject QuickReportParameters params, Locale locale) throws IOException {
        return excel(reports.analytics(params.toRequest(locale), params.title(), params.chartOrNone(), locale));
    }

    @GetMapping("/reports/quick.pdf")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "An analytics query as a PDF report with the unit's official header block")
    ResponseEntity<byte[]> quickPdf(@ParameterObject QuickReportParameters params, Locale locale) throws IOException {
        return pdf(reports.analytics(params.toRequest(locale), params.title(), params.chartOrNone(), locale), locale);
    }

    @GetMapping("/reports/dashboards/{code}.xlsx")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A dashboard's figures as an Excel report: a table and chart per widget")
    ResponseEntity<byte[]> dashboardExcel(
            @PathVariable String code, @RequestParam(required = false) @Nullable String pe, Locale locale)
            throws IOException {
        return excel(reports.dashboard(code, pe, locale));
    }

    @GetMapping("/reports/dashboards/{code}.pdf")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A dashboard's figures as a PDF report")
    ResponseEntity<byte[]> dashboardPdf(
            @PathVariable String code, @RequestParam(required = false) @Nullable String pe, Locale locale)
            throws IOException {
        return pdf(reports.dashboard(code, pe, locale), locale);
    }

    private ResponseEntity<byte[]> excel(ReportDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.excel(document, out);
        return file(document, out, XLSX, "xlsx");
    }

    private ResponseEntity<byte[]> pdf(ReportDocument document, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.pdf(document, locale, out);
        return file(document, out, MediaType.APPLICATION_PDF, "pdf");
    }

    static ResponseEntity<byte[]> file(ReportDocument document, ByteArrayOutputStream out, MediaType type, String ext) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(shortened(document.title()) + "." + ext))
                .body(out.toByteArray());
    }

    /** An attachment named in Vietnamese (RFC 5987 {@code filename*}, which every current browser reads). */
    static String attachment(String fileName) {
        return ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString();
    }

    private static String shortened(String title) {
        return title.length() > 80 ? title.substring(0, 80).strip() : title;
    }
}
