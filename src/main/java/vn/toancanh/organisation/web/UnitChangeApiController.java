package vn.toancanh.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitImportResult;
import vn.toancanh.organisation.web.ChangeRequests.CloseRequest;
import vn.toancanh.organisation.web.ChangeRequests.ImportResponse;
import vn.toancanh.organisation.web.ChangeRequests.MergeRequest;
import vn.toancanh.organisation.web.ChangeRequests.MoveRequest;
import vn.toancanh.organisation.web.ChangeRequests.SplitRequest;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.FileFormat;
import vn.toancanh.shared.InvalidInputException;

/** Hierarchy changes (move, close, merge, split) and files (import, export). */
@RestController
@RequestMapping("/api/units")
@Tag(name = "Đơn vị")
class UnitChangeApiController {

    private final OrganisationService organisation;

    UnitChangeApiController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @PostMapping("/{code}/move")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Chuyển đơn vị (cùng các đơn vị trực thuộc) sang đơn vị cấp trên khác")
    UnitResponse move(@PathVariable String code, @RequestBody MoveRequest request) {
        String parent = request.parentCode() == null || request.parentCode().isBlank()
                ? null
                : request.parentCode().trim();
        return UnitResponse.from(organisation.move(code, parent));
    }

    @PostMapping("/{code}/close")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Giải thể đơn vị: validTo là ngày cuối cùng đơn vị tồn tại")
    UnitResponse close(@PathVariable String code, @Valid @RequestBody CloseRequest request) {
        return UnitResponse.from(organisation.close(code, request.validTo(), request.reason()));
    }

    @PostMapping("/merge")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Sáp nhập: các đơn vị predecessors vào một đơn vị có sẵn hoặc mới từ effectiveDate")
    List<SuccessionResponse> merge(@Valid @RequestBody MergeRequest request) {
        return organisation.merge(request.toMerge()).stream()
                .map(SuccessionResponse::from)
                .toList();
    }

    @PostMapping("/split")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Chia tách: một đơn vị thành nhiều, tổng tỷ lệ bằng 1")
    List<SuccessionResponse> split(@Valid @RequestBody SplitRequest request) {
        return organisation.split(request.toSplit()).stream()
                .map(SuccessionResponse::from)
                .toList();
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Nhập đơn vị mới từ CSV (UTF-8) hoặc .xlsx: ghi tất cả hoặc không ghi gì và trả lỗi từng dòng")
    ImportResponse importUnits(@RequestParam("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "units.csv" : file.getOriginalFilename();
        UnitImportResult result = organisation.importUnits(file.getBytes(), name);
        if (!result.ok()) {
            throw rejected(result);
        }
        return new ImportResponse(result.rows(), result.applied());
    }

    @GetMapping("/export")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Xuất toàn bộ đơn vị (format=csv|xlsx), cùng cột với tệp nhập")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format) {
        FileFormat fileFormat = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> FileFormat.CSV;
            case "xlsx" -> FileFormat.XLSX;
            default -> throw InvalidInputException.of("format", "Định dạng phải là csv hoặc xlsx");
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        fileFormat.contentType() + (fileFormat == FileFormat.CSV ? ";charset=UTF-8" : "")))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("don-vi." + fileFormat.extension())
                                .build()
                                .toString())
                .body(organisation.export(fileFormat));
    }

    /** 400 with one {@code errors} entry per rejected cell and the same rows in a {@code rows} property. */
    static InvalidInputException rejected(UnitImportResult result) {
        List<FieldProblem> problems = result.problems().stream()
                .map(p -> new FieldProblem("rows[" + p.row() + "]." + p.field(), "Dòng " + p.row() + ": " + p.reason()))
                .toList();
        InvalidInputException e = new InvalidInputException(problems);
        e.getBody().setDetail("Tệp có " + problems.size() + " lỗi; chưa đơn vị nào được ghi");
        e.getBody().setProperty("rows", result.problems());
        return e;
    }
}
