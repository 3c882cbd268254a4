package vn.toancanh.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.reports.ExportJobView;
import vn.toancanh.reports.ExportRequest;
import vn.toancanh.reports.LargeExports;
import vn.toancanh.shared.NotFoundException;

/**
 * Large exports over the API: ask for one (202 with the job), poll it for progress and timings, download the file
 * once it is done.
 */
@RestController
@Tag(name = "Xuất dữ liệu lớn", description = "Background exports of many values, with progress")
class ExportApiController {

    private final LargeExports exports;

    ExportApiController(LargeExports exports) {
        this.exports = exports;
    }

    @PostMapping("/api/exports")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Starts an export of the values of a data group or items, units and periods (XLSX or CSV)",
            description = "Example: {\"dataGroup\":\"KT-TCKH-01\",\"orgUnits\":[\"312\"],\"children\":true,"
                    + "\"startDate\":\"2024-01-01\",\"endDate\":\"2024-12-31\",\"format\":\"XLSX\"}")
    ResponseEntity<ExportJobResponse> start(@RequestBody ExportRequest request) {
        ExportJobView job = exports.submit(request);
        return ResponseEntity.accepted()
                .location(URI.create("/api/exports/" + job.id()))
                .body(ExportJobResponse.of(job));
    }

    @GetMapping("/api/exports")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The caller's latest exports, newest first")
    List<ExportJobResponse> recent() {
        return exports.recent().stream().map(ExportJobResponse::of).toList();
    }

    @GetMapping("/api/exports/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "An export's status, progress (doneRows of totalRows, percent) and timings")
    ExportJobResponse job(@PathVariable String id) {
        return ExportJobResponse.of(exports.job(id));
    }

    @GetMapping({"/api/exports/{id}/file", "/reports/exports/{id}/file"})
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The finished export's file")
    void file(@PathVariable String id, HttpServletResponse response) throws IOException {
        ExportJobView job = exports.job(id);
        if (job.status() != ExportJobView.Status.DONE || job.fileName() == null) {
            throw NotFoundException.of("tệp xuất dữ liệu", id);
        }
        response.setContentType(job.format().contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, QuickReportController.attachment(job.fileName()));
        if (job.sizeBytes() != null) {
            response.setContentLengthLong(job.sizeBytes());
        }
        exports.download(id, response.getOutputStream());
    }
}
