package vn.toancanh.dashboard.web;

import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.toancanh.shared.NotFoundException;

/** Shows where the modules of later releases will be, so the navigation is complete from the start. */
@Controller
class ComingSoonController {

    private static final Set<String> MODULES =
            Set.of("operations", "alerts", "feedback", "exchange", "meetings", "records", "portal");

    @GetMapping("/coming/{module}")
    @PreAuthorize("isAuthenticated()")
    String coming(@PathVariable String module, Model model) {
        if (!MODULES.contains(module)) {
            throw NotFoundException.of("phân hệ", module);
        }
        model.addAttribute("module", module);
        return "dashboard/coming";
    }
}
