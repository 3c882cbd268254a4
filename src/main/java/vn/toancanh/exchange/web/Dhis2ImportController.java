package vn.toancanh.exchange.web;

import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.toancanh.exchange.internal.Dhis2ImportService;
import vn.toancanh.exchange.internal.Dhis2RemoteException;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/** The admins' page to pull values from a DHIS2 instance, with a dry run, the summary and the refused rows. */
@Controller
@RequestMapping("/exchange/dhis2")
class Dhis2ImportController {

    private final Dhis2ImportService imports;

    Dhis2ImportController(Dhis2ImportService imports) {
        this.imports = imports;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    String form(Model model) {
        return page(Dhis2ImportForm.empty(), Map.of(), model);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String run(@ModelAttribute Dhis2ImportForm form, Model model) {
        try {
            var result = imports.importFrom(form.toInput());
            model.addAttribute("result", result);
            model.addAttribute("description", Dhis2ImportResponse.description(result));
            return page(form.withoutSecrets(), Map.of(), model);
        } catch (InvalidInputException e) {
            return page(form.withoutSecrets(), FieldProblem.byField(e.problems()), model);
        } catch (Dhis2RemoteException e) {
            model.addAttribute("remoteError", e.problem().reason());
            return page(form.withoutSecrets(), FieldProblem.byField(java.util.List.of(e.problem())), model);
        }
    }

    private static String page(Dhis2ImportForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "exchange/dhis2";
    }
}
