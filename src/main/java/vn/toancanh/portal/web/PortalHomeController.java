package vn.toancanh.portal.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.toancanh.portal.internal.DatasetView;
import vn.toancanh.portal.internal.Figure;
import vn.toancanh.portal.internal.OpenDataCatalog;
import vn.toancanh.portal.internal.PublicFigures;
import vn.toancanh.portal.internal.PublishedReports;

/** The portal's home page: the district's public figures, the latest published reports, every service. */
@Controller
class PortalHomeController implements PortalPage {

    static final int FIGURES = 6;

    private final PublicFigures figures;
    private final PublishedReports reports;
    private final OpenDataCatalog openData;

    PortalHomeController(PublicFigures figures, PublishedReports reports, OpenDataCatalog openData) {
        this.figures = figures;
        this.reports = reports;
        this.openData = openData;
    }

    @GetMapping({"/portal", "/portal/"})
    @PreAuthorize("permitAll()")
    String home(Model model) {
        List<Figure> headlines = figures.headlines(List.of(), FIGURES);
        model.addAttribute("figures", headlines);
        model.addAttribute(
                "trend",
                headlines.stream()
                        .map(figures::trend)
                        .flatMap(Optional::stream)
                        .findFirst()
                        .orElse(null));
        model.addAttribute(
                "communes",
                headlines.size() < 2
                        ? null
                        : figures.byCommune(headlines.get(1)).orElse(null));
        model.addAttribute("news", reports.latest(5));
        model.addAttribute("updated", recentlyUpdated());
        return "portal/home";
    }

    private List<DatasetView> recentlyUpdated() {
        return openData.allDatasets().stream()
                .filter(d -> openData.stats(d).modified() != null)
                .sorted(Comparator.comparing(
                                (DatasetView d) -> openData.stats(d).modified())
                        .reversed())
                .limit(4)
                .toList();
    }
}
