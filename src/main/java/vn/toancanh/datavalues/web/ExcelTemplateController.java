package vn.toancanh.datavalues.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.toancanh.datavalues.internal.excel.ExcelImportJobs;
import vn.toancanh.datavalues.internal.excel.ExcelSheetValues;
import vn.toancanh.datavalues.internal.excel.ExcelTemplate;
import vn.toancanh.datavalues.internal.excel.ExcelTemplateWriter;
import vn.toancanh.datavalues.internal.excel.ExcelTemplates;
import vn.toancanh.datavalues.internal.excel.ExcelValueReader;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;

/** Excel round trip of the entry page: download a pre-filled template, upload it filled in, watch it import. */
@Controller
@RequestMapping("/entry")
class ExcelTemplateController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** Far above a filled-in template of a district (a few hundred kB); refused before POI reads it into memory. */
    static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    private final ExcelTemplates templates;
    private final ExcelImportJobs jobs;
    private final IdentityService identity;

    ExcelTemplateController(ExcelTemplates templates, ExcelImportJobs jobs, IdentityService identity) {
        this.templates = templates;
        this.jobs = jobs;
        this.identity = identity;
    }

    @GetMapping("/template.xlsx")
    @PreAuthorize(DataEntryController.WRITERS)
    ResponseEntity<byte[]> template(
            @RequestParam String group, @RequestParam String period, @RequestParam String orgUnit) {
        ExcelTemplate template = templates.template(identity.currentUserOrSystem(), group, period, orgUnit);
        String fileName = "mau-nhap-lieu-" + group + "-" + period + "-" + orgUnit + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(ExcelTemplateWriter.write(template));
    }

    /** Starts the import and answers the progress fragment, which then polls {@link #progress}. */
    @PostMapping("/upload")
    @PreAuthorize(DataEntryController.WRITERS)
    String upload(@RequestParam("file") MultipartFile file, Model model) {
        try {
            ExcelSheetValues sheet = read(file);
            UUID id = jobs.start(identity.currentUserOrSystem().username(), fileName(file), sheet);
            model.addAttribute(
                    "job",
                    jobs.find(id, identity.currentUserOrSystem().username()).orElseThrow());
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.problems().get(0).reason());
        }
        return "datavalues/upload :: status";
    }

    @GetMapping("/upload/{id}")
    @PreAuthorize(DataEntryController.WRITERS)
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute(
                "job",
                jobs.find(id, identity.currentUserOrSystem().username())
                        .orElseThrow(() -> NotFoundException.of("lượt nhập tệp", id.toString())));
        return "datavalues/upload :: status";
    }

    private static ExcelSheetValues read(MultipartFile file) {
        if (file.isEmpty()) {
            throw InvalidInputException.of("file", "Chưa chọn tệp, hoặc tệp rỗng.");
        }
        if (!fileName(file).toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw InvalidInputException.of(
                    "file", "Chỉ nhận tệp Excel .xlsx (tệp .xls cũ hoặc .csv hãy lưu lại thành .xlsx).");
        }
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            throw InvalidInputException.of("file", "Tệp lớn hơn 20 MB; hãy chia thành nhiều tệp nhỏ hơn.");
        }
        try (InputStream in = file.getInputStream()) {
            return ExcelValueReader.read(in);
        } catch (IOException e) {
            throw InvalidInputException.of("file", "Không đọc được tệp tải lên.");
        }
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "tep.xlsx" : name;
    }
}
