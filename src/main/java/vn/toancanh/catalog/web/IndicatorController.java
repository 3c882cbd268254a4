package vn.toancanh.catalog.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DomainView;
import vn.toancanh.catalog.IndicatorInput;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.InvalidInputException;

/** The indicator list for everyone signed in; admins create and edit, with every problem beside its field. */
@Controller
class IndicatorController {

    private final CatalogService catalog;

    IndicatorController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/catalog/indicators")
    @PreAuthorize("isAuthenticated()")
    String list(IndicatorListParams params, Model model) {
        var query = params.pageQuery();
        model.addAttribute("params", params);
        model.addAttribute("indicators", catalog.listIndicators(query, query.search()));
        model.addAttribute("sectorNames", sectorNames());
        model.addAttribute("fmt", ViewFormat.INSTANCE);
        return "catalog/indicators";
    }

    @GetMapping("/catalog/indicators/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newIndicator(Model model) {
        return form(model, new IndicatorForm(), false);
    }

    @PostMapping("/catalog/indicators")
    @PreAuthorize("hasRole('ADMIN')")
    String create(
            @ModelAttribute("form") IndicatorForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        IndicatorInput input = form.toInput(errors);
        CatalogFormController.reject(errors, catalog.checkIndicator(input));
        if (!errors.hasErrors()) {
            try {
                catalog.createIndicator(input);
                flash.addFlashAttribute("saved", input.code().trim());
                return "redirect:/catalog/indicators?q=" + input.code().trim();
            } catch (InvalidInputException e) {
                CatalogFormController.reject(errors, e.problems());
            } catch (ConflictException e) {
                CatalogFormController.reject(errors, e.problems());
            }
        }
        return form(model, form, false);
    }

    @GetMapping("/catalog/indicators/{code}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String edit(@PathVariable String code, Model model) {
        return form(model, IndicatorForm.of(catalog.getIndicatorByCode(code)), true);
    }

    @PostMapping("/catalog/indicators/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(
            @PathVariable String code,
            @ModelAttribute("form") IndicatorForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        form.setCode(code);
        IndicatorInput input = form.toInput(errors);
        CatalogFormController.reject(errors, catalog.checkIndicator(input));
        if (!errors.hasErrors()) {
            try {
                catalog.updateIndicator(code, input);
                flash.addFlashAttribute("saved", code);
                return "redirect:/catalog/indicators?q=" + code;
            } catch (InvalidInputException e) {
                CatalogFormController.reject(errors, e.problems());
            }
        }
        return form(model, form, true);
    }

    private String form(Model model, IndicatorForm form, boolean editing) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("domains", catalog.domains());
        model.addAttribute("sharingLevels", SharingLevel.values());
        return "catalog/indicator-form";
    }

    private Map<String, String> sectorNames() {
        Map<String, String> names = new HashMap<>();
        for (DomainView domain : catalog.domains()) {
            domain.sectors().forEach(s -> names.put(s.code(), s.name()));
        }
        return names;
    }
}
