package vn.toancanh.feedback.web;

import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.feedback.Open311Keys;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PageFormats;

/**
 * The admins' page for the keys Open311 apps post with: issue one per app, revoke one. A new key goes to the next page
 * as a flash attribute (after the redirect, so reloading neither issues another nor shows it again) and is never
 * logged; afterwards only its first characters are shown.
 */
@Controller
@RequestMapping("/feedback/keys")
@PreAuthorize("hasRole('ADMIN')")
class Open311KeyController {

    private final Open311Keys keys;

    Open311KeyController(Open311Keys keys) {
        this.keys = keys;
    }

    @GetMapping
    String list(Model model) {
        return page("", Map.of(), model);
    }

    @PostMapping
    String issue(@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes flash) {
        try {
            String key = keys.issue(name);
            flash.addFlashAttribute("issuedKey", key);
            flash.addFlashAttribute("issuedApp", name.strip());
            return "redirect:/feedback/keys";
        } catch (InvalidInputException e) {
            return page(name, FieldProblem.byField(e.problems()), model);
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes flash) {
        flash.addFlashAttribute("revoked", keys.revoke(id));
        return "redirect:/feedback/keys";
    }

    private String page(String name, Map<String, String> errors, Model model) {
        model.addAttribute("keys", keys.list());
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "feedback/keys";
    }
}
