package vn.toancanh.identity.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toancanh.identity.ApiScope;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.identity.internal.ApiTokenService;
import vn.toancanh.identity.internal.CreatedToken;
import vn.toancanh.shared.InvalidInputException;

/**
 * A user's personal API tokens. A new token is rendered in the response to the POST itself, not put in the session
 * for a redirect, so it exists only in that one page.
 */
@Controller
@RequestMapping("/account/tokens")
@PreAuthorize("isAuthenticated()")
class ApiTokenController {

    private final ApiTokenService tokens;
    private final IdentityService identity;

    ApiTokenController(ApiTokenService tokens, IdentityService identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    @GetMapping
    String list(Model model) {
        return page(model, null, "", tokens.defaultDays(), Map.of());
    }

    @PostMapping
    String create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @Nullable Integer days,
            @RequestParam(required = false) @Nullable ApiScope scope,
            Model model) {
        try {
            CreatedToken created = tokens.create(userId(), name, days, scope);
            return page(model, created, "", tokens.defaultDays(), Map.of());
        } catch (InvalidInputException e) {
            return page(model, null, name, days, FormErrors.of(e.problems()));
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id) {
        tokens.revoke(userId(), id);
        return "redirect:/account/tokens?revoked";
    }

    private String page(
            Model model, @Nullable CreatedToken created, String name, @Nullable Integer days, Map<String, String> e) {
        model.addAttribute("tokens", tokens.list(userId()));
        model.addAttribute("created", created);
        model.addAttribute("name", name);
        model.addAttribute("days", days);
        model.addAttribute("errors", e);
        return "identity/tokens";
    }

    private long userId() {
        return identity.currentUser().orElseThrow().id();
    }
}
