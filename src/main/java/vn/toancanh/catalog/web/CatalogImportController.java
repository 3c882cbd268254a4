package vn.toancanh.catalog.web;

import java.io.IOException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.toancanh.catalog.CatalogImportResult;
import vn.toancanh.catalog.CatalogImportResult.RowProblem;
import vn.toancanh.catalog.CatalogService;

/** The import page: upload a CSV or Excel file, see how many items were applied or every rejected row. */
@Controller
class CatalogImportController {

    private final CatalogService catalog;

    CatalogImportController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/catalog/import")
    @PreAuthorize("hasRole('ADMIN')")
    String page() {
        return "catalog/import";
    }

    @PostMapping("/catalog/import")
    @PreAuthorize("hasRole('ADMIN')")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        CatalogImportResult result = file == null || file.isEmpty()
                ? new CatalogImportResult(0, 0, 0, List.of(new RowProblem(0, "file", "Chưa chọn tệp hoặc tệp rỗng")))
                : catalog.importItems(file.getBytes());
        model.addAttribute("result", result);
        model.addAttribute("fileName", file == null ? "" : file.getOriginalFilename());
        return "catalog/import";
    }
}
