package vn.toancanh.dashboard.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.toancanh.dashboard.HomeService;
import vn.toancanh.identity.IdentityService;

/** The home page after login. The IOC dashboards of a later release will take its place. */
@Controller
class HomeController {

    private final HomeService home;
    private final IdentityService identity;

    HomeController(HomeService home, IdentityService identity) {
        this.home = home;
        this.identity = identity;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Model model) {
        model.addAttribute("summary", home.summary());
        model.addAttribute("user", identity.currentUserOrSystem());
        return "dashboard/home";
    }
}
