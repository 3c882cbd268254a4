package vn.toancanh.portal.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's home page: the district's public figures, the latest published reports, every service. */
@Controller
class PortalHomeController {

    @GetMapping({"/portal", "/portal/"})
    @PreAuthorize("permitAll()")
    String home() {
        return "portal/home";
    }
}
