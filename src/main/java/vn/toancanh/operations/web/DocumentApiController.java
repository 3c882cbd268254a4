package vn.toancanh.operations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
import vn.toancanh.operations.DocumentDirection;
import vn.toancanh.operations.DocumentFilter;
import vn.toancanh.operations.DocumentInput;
import vn.toancanh.operations.DocumentService;
import vn.toancanh.operations.DocumentStatus;
import vn.toancanh.operations.DocumentView;
import vn.toancanh.operations.ImportResult;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;

/** The documents registry for the e-office system (import, attachments) and for officers and leaders (search). */
@RestController
@RequestMapping("/api/operations/documents")
@Tag(name = "Văn bản đến, đi", description = "Documents registry: idempotent import, full-text search, attachments")
class DocumentApiController {

    private final DocumentService documents;

    DocumentApiController(DocumentService documents) {
        this.documents = documents;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN','DEPARTMENT_OFFICER','COMMUNE_OFFICER','PARTNER_OFFICER')")
    @Operation(
            summary = "Imports documents by code: all or none; each mistake named as rows[n].field",
            description = "Sending the same documents again changes nothing; a new status is added to the history. "
                    + "An attachment (attachmentBase64, a PDF) is read for full-text search.")
    ImportResult importJson(@RequestBody List<DocumentInput> rows) {
        return documents.importDocuments(rows);
    }

    @PostMapping(consumes = {"text/csv", "application/csv"})
    @PreAuthorize("hasAnyRole('ADMIN','DEPARTMENT_OFFICER','COMMUNE_OFFICER','PARTNER_OFFICER')")
    @Operation(summary = "The same from a CSV file whose header has the JSON field names (no attachments)")
    ImportResult importCsv(@RequestBody byte[] csv) {
        return documents.importCsv(csv);
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "The documents the caller may read; q searches summaries and attachments, diacritics ignored",
            description = "Without q, the newest first; with q, the best matches first, each with an excerpt of "
                    + "its attachment around the match.")
    PageResult<DocumentView> list(
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer pageSize,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable DocumentDirection direction,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable DocumentStatus status,
            @RequestParam(required = false) boolean overdue,
            @RequestParam(required = false) @Nullable Boolean signed,
            @RequestParam(required = false) @Nullable String month) {
        return documents.list(
                PageQuery.of(page, pageSize, q, sort),
                new DocumentFilter(direction, unit, status, overdue, signed, month));
    }

    @GetMapping("/{code}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One document with its status history")
    DocumentView get(@PathVariable String code) {
        return documents.get(code);
    }

    @PutMapping(value = "/{code}/attachment", consumes = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN','DEPARTMENT_OFFICER','COMMUNE_OFFICER','PARTNER_OFFICER')")
    @Operation(summary = "Attaches (or replaces) the document's PDF; its text becomes searchable")
    DocumentView attach(
            @PathVariable String code, @RequestParam(required = false) @Nullable String name, @RequestBody byte[] pdf) {
        return documents.attach(code, name, pdf);
    }

    @GetMapping("/{code}/attachment")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The document's attached PDF")
    ResponseEntity<byte[]> attachment(@PathVariable String code) {
        return Downloads.pdf(documents.attachment(code).orElseThrow(() -> NotFoundException.of("tệp đính kèm", code)));
    }
}
