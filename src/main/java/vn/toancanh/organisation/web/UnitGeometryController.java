package vn.toancanh.organisation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.toancanh.organisation.OrganisationService;

/** The boundary import page: upload a GeoJSON FeatureCollection, see every rejected feature or how many were set. */
@Controller
@RequestMapping("/units/geometry")
class UnitGeometryController {

    private final OrganisationService organisation;

    UnitGeometryController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    String form() {
        return "organisation/geometry";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Vui lòng chọn tệp GeoJSON (.geojson, .json)");
            return "organisation/geometry";
        }
        String name = file.getOriginalFilename() == null ? "ranh-gioi.geojson" : file.getOriginalFilename();
        model.addAttribute(
                "result", organisation.importGeometry(new String(file.getBytes(), StandardCharsets.UTF_8), name));
        model.addAttribute("fileName", name);
        return "organisation/geometry";
    }
}
