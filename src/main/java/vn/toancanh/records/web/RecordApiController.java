package vn.toancanh.records.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.toancanh.records.OcrEngineView;
import vn.toancanh.records.OcrStatus;
import vn.toancanh.records.RecordFilter;
import vn.toancanh.records.RecordImportResult;
import vn.toancanh.records.RecordService;
import vn.toancanh.records.RecordView;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;

/**
 * The archive's API: {@code POST /api/records} (multipart: the metadata fields and {@code files}), a bulk import of
 * metadata ({@code POST /api/records/import}, a CSV or Excel {@code file}), the list with search and filters, one
 * record with its pages' text and OCR progress, and the OCR engine's status.
 */
@RestController
class RecordApiController {

    private final RecordService records;

    RecordApiController(RecordService records) {
        this.records = records;
    }

    @PostMapping("/api/records")
    @PreAuthorize(RecordPageController.WRITERS)
    ResponseEntity<RecordView> create(
            @ModelAttribute RecordForm form,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files)
            throws IOException {
        List<FieldProblem> problems = new ArrayList<>();
        var input = form.toInput(problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(records.create(input, RecordPageController.files(files)));
    }

    @PostMapping("/api/records/import")
    @PreAuthorize(RecordPageController.WRITERS)
    ResponseEntity<RecordImportResult> importTable(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "Gửi tệp CSV hoặc Excel trong trường file");
        }
        RecordImportResult result = records.importTable(file.getBytes());
        return ResponseEntity.status(result.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(result);
    }

    @GetMapping("/api/records")
    @PreAuthorize("isAuthenticated()")
    PageResult<RecordView> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable OcrStatus ocr,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer pageSize) {
        return records.list(PageQuery.of(page, pageSize, q, sort), new RecordFilter(type, unit, period, ocr));
    }

    @GetMapping("/api/records/ocr")
    @PreAuthorize("hasAnyRole('ADMIN','LEADER')")
    OcrEngineView engine() {
        return records.engine();
    }

    @GetMapping("/api/records/{code}")
    @PreAuthorize("isAuthenticated()")
    RecordView get(@PathVariable String code) {
        return records.get(code);
    }
}
