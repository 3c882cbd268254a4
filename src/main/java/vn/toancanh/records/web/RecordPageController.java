package vn.toancanh.records.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.records.OcrStatus;
import vn.toancanh.records.RecordFileInput;
import vn.toancanh.records.RecordFilter;
import vn.toancanh.records.RecordService;
import vn.toancanh.records.RecordView;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PageFormats;
import vn.toancanh.shared.PageQuery;

/** The records list with search, filters, paging and sorting; one record with its files and pages; the new form. */
@Controller
class RecordPageController {

    static final String WRITERS = "hasAnyRole('ADMIN','DEPARTMENT_OFFICER','COMMUNE_OFFICER','PARTNER_OFFICER')";

    private final RecordService records;

    RecordPageController(RecordService records) {
        this.records = records;
    }

    @GetMapping("/records")
    @PreAuthorize("isAuthenticated()")
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable OcrStatus ocr,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        String chosenUnit = blank(unit);
        String chosenPeriod = blank(period);
        RecordFilter filter = new RecordFilter(blank(type), chosenUnit, chosenPeriod, ocr);
        try {
            model.addAttribute("records", records.list(PageQuery.of(page, 20, q, sort), filter));
        } catch (InvalidInputException e) {
            // an unknown unit or a period that is not one: the list without that filter, and why
            model.addAttribute("filterError", e.problems().get(0).reason());
            model.addAttribute(
                    "records",
                    records.list(PageQuery.of(page, 20, q, sort), new RecordFilter(blank(type), null, null, ocr)));
            chosenUnit = null;
            chosenPeriod = null;
        }
        List<Integer> years = new ArrayList<>();
        for (int y = LocalDate.now().getYear(); y >= LocalDate.now().getYear() - 10; y--) {
            years.add(y);
        }
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("type", blank(type) == null ? "" : type.strip());
        model.addAttribute("unit", chosenUnit == null ? "" : chosenUnit);
        model.addAttribute("period", chosenPeriod == null ? "" : chosenPeriod);
        model.addAttribute("ocr", ocr);
        model.addAttribute("sort", sort == null ? "" : sort);
        model.addAttribute("types", records.types());
        model.addAttribute("years", years);
        model.addAttribute("statuses", OcrStatus.values());
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "records/list";
    }

    @GetMapping("/records/{code}")
    @PreAuthorize("isAuthenticated()")
    String record(@PathVariable String code, Model model) {
        RecordView record = records.get(code);
        model.addAttribute("record", record);
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "records/record";
    }

    @GetMapping("/records/{code}/files/{position}")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable int position) {
        RecordService.FileContent f = records.file(code, position);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(f.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(f.content());
    }

    @GetMapping("/records/new")
    @PreAuthorize(WRITERS)
    String newRecord(Model model) {
        RecordForm form = new RecordForm();
        form.setSharing("INTERNAL");
        form.setRetention("20 năm");
        return form(model, form, List.of(), null);
    }

    @PostMapping("/records")
    @PreAuthorize(WRITERS)
    String create(
            RecordForm form,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        List<FieldProblem> problems = new ArrayList<>();
        var input = form.toInput(problems);
        if (!problems.isEmpty()) {
            return form(model, form, problems, null);
        }
        try {
            RecordView created = records.create(input, files(files));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/records/" + created.code();
        } catch (InvalidInputException e) {
            return form(model, form, e.problems(), null);
        }
    }

    @PostMapping("/records/import")
    @PreAuthorize(WRITERS)
    String importTable(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model)
            throws IOException {
        RecordForm form = new RecordForm();
        form.setSharing("INTERNAL");
        form.setRetention("20 năm");
        if (file == null || file.isEmpty()) {
            return form(model, form, List.of(), List.of(new FieldProblem("file", "Chọn tệp CSV hoặc Excel")));
        }
        try {
            var result = records.importTable(file.getBytes());
            if (result.accepted()) {
                model.addAttribute("imported", result.created());
            }
            return form(model, form, List.of(), result.problems());
        } catch (InvalidInputException e) {
            return form(model, form, List.of(), e.problems());
        }
    }

    private String form(
            Model model, RecordForm form, List<FieldProblem> problems, @Nullable List<FieldProblem> importProblems) {
        model.addAttribute("form", form);
        model.addAttribute("errors", FieldProblem.byField(problems));
        model.addAttribute("importProblems", importProblems == null ? List.of() : importProblems);
        model.addAttribute("types", records.types());
        return "records/new";
    }

    static List<RecordFileInput> files(@Nullable List<MultipartFile> files) throws IOException {
        List<RecordFileInput> out = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (!f.isEmpty()) {
                    out.add(new RecordFileInput(
                            f.getOriginalFilename() == null ? "tep" : f.getOriginalFilename(), f.getBytes()));
                }
            }
        }
        return out;
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
