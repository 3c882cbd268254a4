package vn.toancanh.exchange.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.exchange.internal.SubscriptionService;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/** A client's push subscriptions: add one (its signing secret shown once), switch it on or off, resend dead letters. */
@Controller
@RequestMapping("/exchange/clients/{id}/subscriptions")
class SubscriptionController {

    private final SubscriptionService subscriptions;
    private final ClientPage page;

    SubscriptionController(SubscriptionService subscriptions, ClientPage page) {
        this.subscriptions = subscriptions;
        this.page = page;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String create(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String url,
            @RequestParam(defaultValue = "") String dataGroups,
            @RequestParam(defaultValue = "false") boolean alerts,
            @RequestParam(defaultValue = "false") boolean reports,
            Model model,
            RedirectAttributes flash) {
        try {
            flash.addFlashAttribute(
                    "issuedSecret",
                    subscriptions.create(id, url, dataGroups, alerts, reports).secret());
            return "redirect:/exchange/clients/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("subUrl", url);
            model.addAttribute("subGroups", dataGroups);
            return page.render(id, null, null, FieldProblem.byField(e.problems()), model);
        }
    }

    @PostMapping("/{subscriptionId}/active")
    @PreAuthorize("hasRole('ADMIN')")
    String active(@PathVariable long id, @PathVariable long subscriptionId, @RequestParam boolean active) {
        subscriptions.setActive(id, subscriptionId, active);
        return "redirect:/exchange/clients/" + id;
    }

    @PostMapping("/{subscriptionId}/deliveries/{deliveryId}/retry")
    @PreAuthorize("hasRole('ADMIN')")
    String retry(
            @PathVariable long id,
            @PathVariable long subscriptionId,
            @PathVariable long deliveryId,
            RedirectAttributes flash) {
        flash.addFlashAttribute("retried", subscriptions.retry(id, subscriptionId, deliveryId));
        return "redirect:/exchange/clients/" + id;
    }
}
