package vn.toancanh.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.toancanh.portal.internal.HeritageSites;
import vn.toancanh.portal.internal.PortalUrls;

/** Heritage sites and festivals: the list with a map, one site's page, and its QR code ready to print. */
@Controller
class HeritageController implements PortalPage {

    private final HeritageSites heritage;
    private final PortalUrls urls;

    HeritageController(HeritageSites heritage, PortalUrls urls) {
        this.heritage = heritage;
        this.urls = urls;
    }

    @GetMapping("/portal/heritage")
    @PreAuthorize("permitAll()")
    String list(Model model) {
        model.addAttribute("sites", heritage.list());
        return "portal/heritage";
    }

    @GetMapping("/portal/heritage/{id}")
    @PreAuthorize("permitAll()")
    String site(@PathVariable long id, Model model) {
        model.addAttribute("site", heritage.get(id));
        return "portal/heritage-site";
    }

    @GetMapping("/portal/heritage/{id}/qr")
    @PreAuthorize("permitAll()")
    String qr(@PathVariable long id, HttpServletRequest request, Model model) {
        model.addAttribute("site", heritage.get(id));
        model.addAttribute("pageUrl", urls.base(request) + "/portal/heritage/" + id);
        return "portal/heritage-qr";
    }
}
