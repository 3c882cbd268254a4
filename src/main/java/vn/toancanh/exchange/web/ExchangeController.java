package vn.toancanh.exchange.web;

import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.exchange.internal.ClientInput;
import vn.toancanh.exchange.internal.ClientService;
import vn.toancanh.exchange.internal.EndpointFamily;
import vn.toancanh.exchange.internal.KeyInput;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PageFormats;

/** Admins' pages for external systems: the list, registering one, its details and its keys (shown once). */
@Controller
@RequestMapping("/exchange")
class ExchangeController {

    private final ClientService clients;
    private final ClientPage detail;

    ExchangeController(ClientService clients, ClientPage detail) {
        this.clients = clients;
        this.detail = detail;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    String list(Model model) {
        return listPage(new ClientInput(null, null, null, null, null, null, true), Map.of(), model);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String create(@ModelAttribute ClientInput form, Model model, RedirectAttributes flash) {
        try {
            long id = clients.create(form);
            flash.addFlashAttribute("saved", true);
            return "redirect:/exchange/clients/" + id;
        } catch (InvalidInputException e) {
            return listPage(form, FieldProblem.byField(e.problems()), model);
        }
    }

    @GetMapping("/clients/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String client(@PathVariable long id, Model model) {
        return detail.render(id, null, null, Map.of(), model);
    }

    @PostMapping("/clients/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(@PathVariable long id, @ModelAttribute ClientInput form, Model model, RedirectAttributes flash) {
        try {
            clients.update(id, form);
            flash.addFlashAttribute("saved", true);
            return "redirect:/exchange/clients/" + id;
        } catch (InvalidInputException e) {
            return detail.render(id, form, null, FieldProblem.byField(e.problems()), model);
        }
    }

    @PostMapping("/clients/{id}/keys")
    @PreAuthorize("hasRole('ADMIN')")
    String issue(@PathVariable long id, @ModelAttribute KeyInput form, Model model, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("issuedKey", clients.issue(id, form).key());
            return "redirect:/exchange/clients/" + id;
        } catch (InvalidInputException e) {
            return detail.render(id, null, form, FieldProblem.byField(e.problems()), model);
        }
    }

    @PostMapping("/clients/{id}/keys/{keyId}/rotate")
    @PreAuthorize("hasRole('ADMIN')")
    String rotate(@PathVariable long id, @PathVariable long keyId, RedirectAttributes flash) {
        flash.addFlashAttribute("issuedKey", clients.rotate(id, keyId).key());
        return "redirect:/exchange/clients/" + id;
    }

    @PostMapping("/clients/{id}/keys/{keyId}/revoke")
    @PreAuthorize("hasRole('ADMIN')")
    String revoke(@PathVariable long id, @PathVariable long keyId, RedirectAttributes flash) {
        flash.addFlashAttribute("revoked", clients.revoke(id, keyId));
        return "redirect:/exchange/clients/" + id;
    }

    private String listPage(ClientInput form, Map<String, String> errors, Model model) {
        model.addAttribute("clients", clients.clients());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fmt", PageFormats.INSTANCE);
        model.addAttribute("families", List.of(EndpointFamily.values()));
        return "exchange/clients";
    }
}
