package vn.toancanh.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toancanh.portal.internal.DatasetVersions;
import vn.toancanh.portal.internal.OpenDataCatalog;

/** The page of a dataset's published versions, newest first, each with its date, note, checksum and stable files. */
@Controller
class DatasetVersionController implements PortalPage {

    static final int PAGE_SIZE = 20;

    private final OpenDataCatalog catalog;
    private final DatasetVersions versions;
    private final PublicRequests requests;

    DatasetVersionController(OpenDataCatalog catalog, DatasetVersions versions, PublicRequests requests) {
        this.catalog = catalog;
        this.versions = versions;
        this.requests = requests;
    }

    @GetMapping("/portal/data/{code}/versions")
    @PreAuthorize("permitAll()")
    String versions(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String page,
            HttpServletRequest request,
            Model model) {
        requests.limit(PublicRequests.DATA_BUCKET, request);
        var dataset = catalog.dataset(PublicRequests.code(code));
        model.addAttribute("dataset", dataset);
        model.addAttribute("result", versions.versions(dataset.code(), PublicRequests.page(page), PAGE_SIZE));
        return "portal/versions";
    }
}
