package vn.toancanh.alerts.web;

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
import vn.toancanh.alerts.AlertSeverity;
import vn.toancanh.alerts.internal.WebhookCreated;
import vn.toancanh.alerts.internal.WebhookInput;
import vn.toancanh.alerts.internal.WebhookService;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/**
 * The webhooks page: subscriptions, a new one, and the recent deliveries. A new secret is rendered in the response to
 * the POST itself, not kept for a redirect, so it appears on that one page only.
 */
@Controller
@RequestMapping("/alerts/webhooks")
@PreAuthorize("hasRole('ADMIN')")
class WebhookController {

    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping
    String page(Model model) {
        return page(model, new WebhookInput("", "", AlertSeverity.WARNING.name(), ""), null, Map.of());
    }

    @PostMapping
    String create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String url,
            @RequestParam(defaultValue = "") String minSeverity,
            @RequestParam(defaultValue = "") String secret,
            Model model) {
        WebhookInput input = new WebhookInput(name, url, minSeverity, secret);
        try {
            WebhookCreated created = webhooks.create(input);
            return page(model, new WebhookInput("", "", AlertSeverity.WARNING.name(), ""), created, Map.of());
        } catch (InvalidInputException e) {
            // the secret typed is not sent back into the page
            WebhookInput typed = new WebhookInput(name, url, minSeverity, "");
            return page(model, typed, null, FieldProblem.byField(e.problems()));
        }
    }

    @PostMapping("/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean active) {
        webhooks.setActive(id, active);
        return "redirect:/alerts/webhooks?" + (active ? "enabled" : "disabled");
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id) {
        webhooks.delete(id);
        return "redirect:/alerts/webhooks?deleted";
    }

    @PostMapping("/{id}/test")
    String test(@PathVariable long id) {
        webhooks.sendTest(id);
        return "redirect:/alerts/webhooks?tested#deliveries-title";
    }

    @PostMapping("/deliveries/{id}/retry")
    String retry(@PathVariable long id) {
        webhooks.retry(id);
        return "redirect:/alerts/webhooks?retried#deliveries-title";
    }

    private String page(Model model, WebhookInput form, @Nullable WebhookCreated created, Map<String, String> errors) {
        model.addAttribute("webhooks", webhooks.list());
        model.addAttribute("deliveries", webhooks.recentDeliveries());
        model.addAttribute("severities", AlertSeverity.values());
        model.addAttribute("form", form);
        model.addAttribute("created", created);
        model.addAttribute("errors", errors);
        return "alerts/webhooks";
    }
}
