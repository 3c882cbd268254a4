package vn.toancanh.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.reports.LibraryEntry;
import vn.toancanh.reports.ReportTemplateInput;
import vn.toancanh.reports.ReportTemplateView;
import vn.toancanh.reports.ReportTemplates;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;

/** Aggregate report templates and the report library for scripts and other systems. */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Báo cáo tổng hợp", description = "Aggregate report templates, their generation and the report library")
class ReportLibraryApiController {

    private final ReportTemplates templates;

    ReportLibraryApiController(ReportTemplates templates) {
        this.templates = templates;
    }

    @GetMapping("/templates")
    @PreAuthorize("hasAnyRole('ADMIN','LEADER')")
    @Operation(summary = "Every aggregate report template with its blocks, schedule and subscribers")
    List<ReportTemplateView> templates() {
        return templates.templates();
    }

    @GetMapping("/templates/{code}")
    @PreAuthorize("hasAnyRole('ADMIN','LEADER')")
    @Operation(summary = "One template")
    ReportTemplateView template(@PathVariable String code) {
        return templates.template(code);
    }

    @PostMapping("/templates")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Creates a template; mistakes come back as a problem listing each field")
    ResponseEntity<ReportTemplateView> create(@RequestBody ReportTemplateInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(templates.create(input));
    }

    @PutMapping("/templates/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Changes a template; reports already generated keep what they were made from")
    ReportTemplateView update(@PathVariable String code, @RequestBody ReportTemplateInput input) {
        return templates.update(code, input);
    }

    @PostMapping("/templates/{code}/generate")
    @PreAuthorize("hasAnyRole('ADMIN','LEADER')")
    @Operation(summary = "Generates the template's report for a period (e.g. 202611) into the library")
    ResponseEntity<LibraryEntry> generate(@PathVariable String code, @RequestParam String period) {
        return ResponseEntity.status(HttpStatus.CREATED).body(templates.generate(code, period));
    }

    @GetMapping("/library")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The library reports the caller may read, newest first; filter by template, period, text")
    PageResult<LibraryEntry> library(
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer pageSize,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String template,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String sort) {
        return templates.library(PageQuery.of(page, pageSize, q, sort), template, period);
    }

    @GetMapping("/library/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One library report")
    LibraryEntry entry(@PathVariable long id) {
        return templates.entry(id);
    }

    @GetMapping("/library/{id}/file.pdf")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The report's PDF as it was generated")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ReportLibraryController.file(templates.file(id, true), MediaType.APPLICATION_PDF);
    }

    @GetMapping("/library/{id}/file.xlsx")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The report's Excel workbook as it was generated")
    ResponseEntity<byte[]> excel(@PathVariable long id) {
        return ReportLibraryController.file(templates.file(id, false), QuickReportController.XLSX);
    }
}
