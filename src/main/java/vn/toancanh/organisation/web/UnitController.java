package vn.toancanh.organisation.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitDetailView;
import vn.toancanh.organisation.UnitFilter;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.shared.PageQuery;

/** The unit pages everyone signed in may read: tree, searchable list, detail. */
@Controller
@RequestMapping("/units")
class UnitController {

    private final OrganisationService organisation;

    UnitController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String tree(@RequestParam(defaultValue = "false") boolean includeClosed, Model model) {
        model.addAttribute("tree", organisation.tree(null, includeClosed));
        model.addAttribute("includeClosed", includeClosed);
        return "organisation/tree";
    }

    @GetMapping("/list")
    @PreAuthorize("isAuthenticated()")
    String list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) UnitKind kind,
            @RequestParam(required = false) String parent,
            @RequestParam(defaultValue = "false") boolean includeClosed,
            Model model) {
        PageQuery query = PageQuery.of(page, pageSize == null ? 25 : pageSize, q, sort);
        model.addAttribute("result", organisation.list(query, new UnitFilter(kind, parent, null, includeClosed)));
        model.addAttribute("query", query);
        model.addAttribute("sort", sort == null ? "" : sort);
        model.addAttribute("kind", kind);
        model.addAttribute("parent", parent);
        model.addAttribute("includeClosed", includeClosed);
        model.addAttribute("kinds", UnitKind.values());
        return "organisation/list";
    }

    @GetMapping("/{code}")
    @PreAuthorize("isAuthenticated()")
    String detail(@PathVariable String code, Model model) {
        UnitDetailView unit = organisation.getDetail(code);
        long id = unit.unit().id();
        model.addAttribute("unit", unit);
        model.addAttribute("closed", unit.isClosedOn(OrganisationService.today()));
        model.addAttribute("children", organisation.children(id));
        model.addAttribute("predecessors", organisation.predecessorsOf(id));
        model.addAttribute("successors", organisation.successorsOf(id));
        model.addAttribute("ancestors", ancestors(unit));
        return "organisation/detail";
    }

    /** The chain from the top down to the parent, for the breadcrumb. */
    private List<?> ancestors(UnitDetailView unit) {
        List<Long> ids = java.util.Arrays.stream(unit.unit().path().split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .filter(id -> id != unit.unit().id())
                .toList();
        var byId = organisation.findByIds(ids);
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
