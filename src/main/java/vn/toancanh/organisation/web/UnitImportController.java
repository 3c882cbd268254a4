package vn.toancanh.organisation.web;

import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitImportResult;

/** The import page: upload a CSV or .xlsx, see every rejected row or how many units were added. */
@Controller
@RequestMapping("/units/import")
class UnitImportController {

    private final OrganisationService organisation;

    UnitImportController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    String form() {
        return "organisation/import";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Vui lòng chọn tệp CSV hoặc Excel (.xlsx)");
            return "organisation/import";
        }
        String name = file.getOriginalFilename() == null ? "units.csv" : file.getOriginalFilename();
        UnitImportResult result = organisation.importUnits(file.getBytes(), name);
        model.addAttribute("result", result);
        model.addAttribute("fileName", name);
        return "organisation/import";
    }
}
