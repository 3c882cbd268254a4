package vn.toancanh.operations.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toancanh.operations.DossierService;
import vn.toancanh.shared.PublicRateLimiter;

/**
 * The citizens' dossier lookup: by the code on their receipt, without logging in; status and dates only, never the
 * applicant; limited per client address.
 */
@Controller
class DossierLookupController {

    private final DossierService dossiers;
    private final PublicRateLimiter limiter;

    DossierLookupController(DossierService dossiers, PublicRateLimiter limiter) {
        this.dossiers = dossiers;
        this.limiter = limiter;
    }

    @GetMapping("/portal/dossiers")
    @PreAuthorize("permitAll()")
    String lookup(
            @RequestParam(required = false) @Nullable String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String typed = code == null ? "" : code.strip();
        model.addAttribute("code", typed);
        model.addAttribute("fmt", vn.toancanh.shared.PageFormats.INSTANCE);
        if (typed.isEmpty()) {
            return "operations/lookup";
        }
        if (!limiter.allow("dossier-lookup", request, response)) {
            model.addAttribute("limited", true);
            return "operations/lookup";
        }
        var found = dossiers.lookup(typed);
        model.addAttribute("dossier", found.orElse(null));
        model.addAttribute("notFound", found.isEmpty());
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        return "operations/lookup";
    }
}
