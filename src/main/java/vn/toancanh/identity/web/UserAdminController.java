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
import vn.toancanh.identity.Role;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.identity.internal.UserView;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PageQuery;

/** The users admin pages: list, create, edit, reset password, unlock. Admins only. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    private static final int PAGE_SIZE = 20;

    private final UserAdminService users;

    UserAdminController(UserAdminService users) {
        this.users = users;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "username") String sort,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        var query = PageQuery.of(page, PAGE_SIZE, q, sort);
        model.addAttribute("page", users.page(UserQueries.filter(users, role, unit), query));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("unit", unit);
        model.addAttribute("sort", sort);
        model.addAttribute("roles", Role.values());
        return "identity/users";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, null, UserForm.empty(), Map.of());
    }

    @PostMapping
    String create(UserForm form, Model model) {
        try {
            UserView user = users.create(form.toInput());
            return "redirect:/admin/users/" + user.id() + "?created";
        } catch (InvalidInputException e) {
            return form(model, null, form, FormErrors.of(e.problems()));
        } catch (ConflictException e) {
            return form(model, null, form, FormErrors.of(e.problems()));
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        UserView user = users.get(id);
        return form(model, user, UserForm.from(user), Map.of());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, UserForm form, Model model) {
        UserView user = users.get(id);
        try {
            users.update(id, form.withoutPassword().toInput());
            return "redirect:/admin/users/" + id + "?saved";
        } catch (InvalidInputException e) {
            return form(model, user, form, FormErrors.of(e.problems()));
        } catch (ConflictException e) {
            return form(model, user, form, FormErrors.of(e.problems()));
        }
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password, Model model) {
        UserView user = users.get(id);
        try {
            users.resetPassword(id, password);
            return "redirect:/admin/users/" + id + "?passwordReset";
        } catch (InvalidInputException e) {
            return form(model, user, UserForm.from(user), FormErrors.of(e.problems()));
        }
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id) {
        users.unlock(id);
        return "redirect:/admin/users/" + id + "?unlocked";
    }

    private String form(Model model, @Nullable UserView user, UserForm form, Map<String, String> errors) {
        model.addAttribute("user", user);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        return "identity/user-form";
    }
}
