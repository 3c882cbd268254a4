package vn.toancanh.portal.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toancanh.portal.internal.DatasetVersions;
import vn.toancanh.portal.internal.DatasetView;
import vn.toancanh.portal.internal.OpenDataCatalog;
import vn.toancanh.portal.internal.PublicFigures;

/**
 * The open-data pages: the catalog of public data groups, searched and paged, and one dataset with its files and its
 * latest published version.
 */
@Controller
class OpenDataController implements PortalPage {

    static final int PAGE_SIZE = 12;

    private final OpenDataCatalog catalog;
    private final PublicFigures figures;
    private final DatasetVersions versions;

    OpenDataController(OpenDataCatalog catalog, PublicFigures figures, DatasetVersions versions) {
        this.catalog = catalog;
        this.figures = figures;
        this.versions = versions;
    }

    @GetMapping("/portal/data")
    @PreAuthorize("permitAll()")
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String page,
            Model model) {
        String search = PublicRequests.search(q);
        model.addAttribute("q", search);
        model.addAttribute("result", catalog.datasets(search, PublicRequests.page(page), PAGE_SIZE));
        return "portal/data";
    }

    @GetMapping("/portal/data/{code}")
    @PreAuthorize("permitAll()")
    String dataset(@PathVariable String code, Model model) {
        DatasetView d = catalog.dataset(PublicRequests.code(code));
        var stats = catalog.stats(d);
        model.addAttribute("dataset", d);
        var items = catalog.items(d.code());
        model.addAttribute("items", items);
        model.addAttribute("stats", stats);
        model.addAttribute("latestVersion", versions.latest(d.code()).orElse(null));
        model.addAttribute(
                "preview", stats.lastPeriod() == null ? List.of() : figures.totals(items, stats.lastPeriod()));
        return "portal/dataset";
    }
}
