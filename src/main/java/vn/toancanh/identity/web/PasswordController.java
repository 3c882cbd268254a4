package vn.toancanh.identity.web;

import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.identity.internal.AccountService;
import vn.toancanh.shared.InvalidInputException;

/** Every signed-in user changes their own password here. */
@Controller
@RequestMapping("/account/password")
@PreAuthorize("isAuthenticated()")
class PasswordController {

    private final AccountService accounts;
    private final IdentityService identity;

    PasswordController(AccountService accounts, IdentityService identity) {
        this.accounts = accounts;
        this.identity = identity;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("errors", Map.of());
        return "identity/password";
    }

    @PostMapping
    String change(PasswordChangeForm form, Model model) {
        long userId = identity.currentUser().orElseThrow().id();
        try {
            accounts.changePassword(userId, form.currentPassword(), form.newPassword(), form.confirmPassword());
            return "redirect:/account/password?changed";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e.problems()));
            return "identity/password";
        }
    }
}
