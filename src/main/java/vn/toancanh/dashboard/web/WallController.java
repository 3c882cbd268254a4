package vn.toancanh.dashboard.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toancanh.dashboard.DashboardService;
import vn.toancanh.identity.IdentityService;

/**
 * The video wall: full screen, dark, rotating through the chosen dashboards ({@code ?d=HOME,KT}, else those marked
 * for the wall), each for its rotation time unless {@code ?seconds=} overrides it for this screen.
 */
@Controller
class WallController {

    private final DashboardService dashboards;
    private final DashboardPages pages;
    private final IdentityService identity;

    WallController(DashboardService dashboards, DashboardPages pages, IdentityService identity) {
        this.dashboards = dashboards;
        this.pages = pages;
        this.identity = identity;
    }

    @GetMapping("/wall")
    @PreAuthorize("isAuthenticated()")
    String wall(
            @RequestParam(required = false) @Nullable String d,
            @RequestParam(required = false) @Nullable Integer seconds,
            Model model,
            Locale locale) {
        List<String> codes = d == null || d.isBlank()
                ? List.of()
                : Arrays.stream(d.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
        var user = identity.currentUserOrSystem();
        model.addAttribute(
                "slides",
                dashboards.wall(codes).stream()
                        .map(x -> pages.page(x, user, locale))
                        .toList());
        model.addAttribute("seconds", seconds == null ? 0 : Math.max(3, Math.min(seconds, 3600)));
        pages.addConfig(model, locale);
        return "dashboard/wall";
    }
}
