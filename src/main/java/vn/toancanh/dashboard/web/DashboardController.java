package vn.toancanh.dashboard.web;

import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.toancanh.dashboard.DashboardKind;
import vn.toancanh.dashboard.DashboardService;
import vn.toancanh.dashboard.DashboardView;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.IdentityService;

/** The list of dashboards a user may open, and one dashboard. */
@Controller
class DashboardController {

    private final DashboardService dashboards;
    private final DashboardPages pages;
    private final IdentityService identity;

    DashboardController(DashboardService dashboards, DashboardPages pages, IdentityService identity) {
        this.dashboards = dashboards;
        this.pages = pages;
        this.identity = identity;
    }

    @GetMapping("/dashboards")
    @PreAuthorize("isAuthenticated()")
    String list(Model model) {
        CurrentUser user = identity.currentUserOrSystem();
        List<DashboardView> all = dashboards.visible();
        model.addAttribute(
                "standard",
                all.stream().filter(d -> d.kind() != DashboardKind.USER).toList());
        model.addAttribute("own", all.stream().filter(d -> d.ownedBy(user)).toList());
        model.addAttribute(
                "shared",
                all.stream()
                        .filter(d -> d.kind() == DashboardKind.USER && !d.ownedBy(user))
                        .toList());
        return "dashboard/list";
    }

    @GetMapping("/dashboards/{code}")
    @PreAuthorize("isAuthenticated()")
    String view(@PathVariable String code, Model model, Locale locale) {
        DashboardView d = dashboards.get(code);
        if (d.kind() == DashboardKind.HOME) {
            return "redirect:/";
        }
        model.addAttribute("page", pages.page(d, identity.currentUserOrSystem(), locale));
        model.addAttribute("periods", Periods.PAGE_PERIODS);
        pages.addConfig(model, locale);
        return "dashboard/view";
    }
}
