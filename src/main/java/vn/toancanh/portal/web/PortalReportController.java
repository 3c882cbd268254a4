package vn.toancanh.portal.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.portal.internal.PublishedReports;
import vn.toancanh.shared.NotFoundException;

/** A published report's PDF; a report whose template is not published is not found, like one that does not exist. */
@RestController
class PortalReportController {

    private final PublishedReports reports;

    PortalReportController(PublishedReports reports) {
        this.reports = reports;
    }

    @GetMapping("/portal/reports/{id}.pdf")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        var file = reports.pdf(id).orElseThrow(() -> NotFoundException.of("báo cáo", String.valueOf(id)));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }
}
