package vn.toancanh.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.toancanh.catalog.CatalogImportResult;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.CategoryComboInput;
import vn.toancanh.catalog.CategoryComboView;
import vn.toancanh.catalog.DomainView;
import vn.toancanh.catalog.ItemFilter;
import vn.toancanh.shared.FileFormat;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.ProblemTypes;

/** Domains, disaggregations, and the catalog's import and export. */
@RestController
@Tag(name = "Danh mục", description = "Domains, disaggregations, catalog import and export")
class CatalogApiController {

    private final CatalogService catalog;

    CatalogApiController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/domains")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The four domains with their sectors")
    List<DomainView> domains() {
        return catalog.domains();
    }

    @GetMapping("/api/categoryCombos")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "All disaggregations with their categories and option combos")
    List<CategoryComboView> combos() {
        return catalog.categoryCombos();
    }

    @GetMapping("/api/categoryCombos/{code}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One disaggregation with its option combos")
    CategoryComboView combo(@PathVariable String code) {
        return catalog.getCategoryCombo(code);
    }

    @PostMapping("/api/categoryCombos")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create a disaggregation from categories; its option combos are generated")
    ResponseEntity<CategoryComboView> createCombo(@Valid @RequestBody CategoryComboInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(catalog.createCategoryCombo(input));
    }

    @PostMapping(value = "/api/catalog/import", consumes = "multipart/form-data")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import items from CSV or Excel, all or nothing: 400 lists every rejected row")
    CatalogImportResult importItems(@RequestPart("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw InvalidInputException.of("file", "Chưa chọn tệp hoặc tệp rỗng");
        }
        CatalogImportResult result = catalog.importItems(file.getBytes());
        if (!result.applied()) {
            throw rejected(result);
        }
        return result;
    }

    @GetMapping("/api/catalog/export")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Export items as CSV or Excel (format=csv|xlsx), optionally one group or sector")
    void export(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) @Nullable String group,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String domain,
            HttpServletResponse response)
            throws IOException {
        FileFormat exportFormat = parse(format);
        String name = "danh-muc-chi-tieu" + (group == null || group.isBlank() ? "" : "-" + group) + "."
                + exportFormat.extension();
        response.setContentType(exportFormat.contentType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
        catalog.exportItems(
                exportFormat, new ItemFilter(domain, sector, group, null, null, null), response.getOutputStream());
    }

    private static FileFormat parse(String format) {
        try {
            return FileFormat.valueOf(format.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("format", "Định dạng '" + format + "' không hỗ trợ; dùng csv hoặc xlsx");
        }
    }

    private static ErrorResponseException rejected(CatalogImportResult result) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "Tệp có " + result.problems().size() + " lỗi; chưa có chỉ tiêu nào được ghi");
        p.setType(ProblemTypes.INVALID_INPUT);
        p.setTitle("Dữ liệu không hợp lệ");
        p.setProperty("rows", result.rows());
        p.setProperty("errors", result.problems());
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, p, null);
    }
}
