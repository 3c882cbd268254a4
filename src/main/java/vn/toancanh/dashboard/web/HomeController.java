package vn.toancanh.dashboard.web;

import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.toancanh.dashboard.DashboardService;
import vn.toancanh.dashboard.DashboardView;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.IdentityService;

/**
 * The home page: the district's key figures of the four domains. The shell renders from two small queries (the
 * dashboard and its widgets); the figures arrive as JSON from analytics, a few batched requests per page.
 */
@Controller
class HomeController {

    private final DashboardService dashboards;
    private final DashboardPages pages;
    private final IdentityService identity;

    HomeController(DashboardService dashboards, DashboardPages pages, IdentityService identity) {
        this.dashboards = dashboards;
        this.pages = pages;
        this.identity = identity;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Model model, Locale locale) {
        CurrentUser user = identity.currentUserOrSystem();
        List<DashboardView> visible = dashboards.visible();
        visible.stream()
                .filter(d -> d.code().equals(DashboardService.HOME))
                .findFirst()
                .ifPresent(d -> model.addAttribute("page", pages.page(d, user, locale)));
        model.addAttribute(
                "domains", visible.stream().filter(DashboardPages::isDomain).toList());
        model.addAttribute("user", user);
        model.addAttribute("periods", Periods.PAGE_PERIODS);
        pages.addConfig(model, locale);
        return "dashboard/home";
    }
}
