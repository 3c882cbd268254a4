package vn.toancanh.portal.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.toancanh.map.MapService;
import vn.toancanh.map.PoiLayer;
import vn.toancanh.map.PoiView;
import vn.toancanh.portal.internal.DatasetView;
import vn.toancanh.portal.internal.Figure;
import vn.toancanh.portal.internal.OpenDataCatalog;
import vn.toancanh.portal.internal.PublicFigures;
import vn.toancanh.portal.internal.PublicMap;
import vn.toancanh.portal.internal.Topic;
import vn.toancanh.shared.NotFoundException;

/** A thematic lookup (education, agriculture, land and planning, health): its public figures, datasets and places. */
@Controller
class TopicController implements PortalPage {

    private final OpenDataCatalog openData;
    private final PublicFigures figures;
    private final MapService map;

    TopicController(OpenDataCatalog openData, PublicFigures figures, MapService map) {
        this.openData = openData;
        this.figures = figures;
        this.map = map;
    }

    @GetMapping("/portal/topics/{slug}")
    @PreAuthorize("permitAll()")
    String topic(@PathVariable String slug, Model model) {
        Topic topic = Topic.bySlug(slug).orElseThrow(() -> NotFoundException.of("chủ đề", slug));
        List<DatasetView> datasets = openData.datasetsOfSectors(topic.sectors());
        List<Figure> headlines = datasets.isEmpty() ? List.of() : figures.headlines(datasets, 6);
        model.addAttribute("topic", topic);
        model.addAttribute("datasets", datasets);
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
                headlines.stream()
                        .map(figures::byCommune)
                        .flatMap(Optional::stream)
                        .findFirst()
                        .orElse(null));
        model.addAttribute("places", places(topic));
        model.addAttribute("layers", topic.layers().stream().map(PoiLayer::name).collect(Collectors.joining(",")));
        return "portal/topic";
    }

    private List<PoiView> places(Topic topic) {
        if (topic.layers().isEmpty()) {
            return List.of();
        }
        return map.pois(topic.layers(), null).stream()
                .filter(p -> p.isPublic() && PublicMap.LAYERS.contains(p.layer()))
                .toList();
    }
}
