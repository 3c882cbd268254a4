package vn.toancanh.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataGroupView;
import vn.toancanh.catalog.DomainView;
import vn.toancanh.catalog.DomainView.SectorView;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.shared.PageResult;

/** The catalog pages everyone signed in may read: browse by domain, sector and group; search; an item's page. */
@Controller
class CatalogController {

    private final CatalogService catalog;

    CatalogController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/catalog")
    @PreAuthorize("isAuthenticated()")
    String index(CatalogListParams params, Model model) {
        addNavigation(model);
        PageResult<?> items = catalog.listItems(params.pageQuery(), params.filter());
        model.addAttribute("params", params);
        model.addAttribute("items", items);
        model.addAttribute("fmt", ViewFormat.INSTANCE);
        model.addAttribute("valueTypes", ValueType.values());
        model.addAttribute("sharingLevels", SharingLevel.values());
        if (params.group() != null && !params.group().isBlank()) {
            model.addAttribute("group", catalog.getGroupDetail(params.group()));
        }
        model.addAttribute("heading", heading(params));
        return "catalog/index";
    }

    @GetMapping("/catalog/items/{code}")
    @PreAuthorize("isAuthenticated()")
    String item(@PathVariable String code, Model model) {
        model.addAttribute("detail", catalog.getItemDetail(code));
        model.addAttribute("fmt", ViewFormat.INSTANCE);
        model.addAttribute(
                "optionCombos",
                catalog.optionCombosOf(catalog.getItemDetail(code).item().categoryComboId()));
        return "catalog/item";
    }

    private void addNavigation(Model model) {
        List<DomainView> domains = catalog.domains();
        Map<String, List<DataGroupView>> groupsBySector = catalog.allGroups().stream()
                .collect(Collectors.groupingBy(DataGroupView::sectorCode, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("domains", domains);
        model.addAttribute("groupsBySector", groupsBySector);
    }

    /** The page heading names what is shown: a group, a sector, a domain, or the whole catalog. */
    private String heading(CatalogListParams params) {
        if (params.group() != null && !params.group().isBlank()) {
            return catalog.getGroupDetail(params.group()).group().name();
        }
        for (DomainView domain : catalog.domains()) {
            if (domain.code().equals(params.domain())) {
                return domain.name();
            }
            for (SectorView sector : domain.sectors()) {
                if (sector.code().equals(params.sector())) {
                    return sector.name();
                }
            }
        }
        return "";
    }
}
