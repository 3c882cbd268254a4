package vn.toancanh.organisation.web;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitDetailView;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.InvalidInputException;

/** Creating and editing a unit (admins only). */
@Controller
@RequestMapping("/units")
class UnitFormController {

    static final Map<String, String> RENAMES = Map.of("groupCodes", "groups");

    private final OrganisationService organisation;

    UnitFormController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String createForm(@RequestParam(required = false) String parent, Model model) {
        UnitForm form = new UnitForm();
        form.setParentCode(parent);
        return show(form, null, model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String create(
            @Valid @ModelAttribute("form") UnitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        if (binding.hasErrors()) {
            return show(form, null, model);
        }
        try {
            UnitDetailView created = organisation.create(form.toInput());
            flash.addFlashAttribute("saved", created.name());
            return "redirect:/units/" + UriUtils.encodePathSegment(created.code(), "UTF-8");
        } catch (InvalidInputException e) {
            FormErrors.apply(binding, e.problems(), RENAMES);
        } catch (ConflictException e) {
            FormErrors.apply(binding, e.problems(), RENAMES);
        }
        return show(form, null, model);
    }

    @GetMapping("/{code}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editForm(@PathVariable String code, Model model) {
        return show(UnitForm.from(organisation.getDetail(code)), code, model);
    }

    @PostMapping("/{code}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String update(
            @PathVariable String code,
            @Valid @ModelAttribute("form") UnitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        if (binding.hasErrors()) {
            return show(form, code, model);
        }
        try {
            UnitDetailView updated = organisation.update(code, form.toInput());
            flash.addFlashAttribute("saved", updated.name());
            return "redirect:/units/" + UriUtils.encodePathSegment(updated.code(), "UTF-8");
        } catch (InvalidInputException e) {
            FormErrors.apply(binding, e.problems(), RENAMES);
        } catch (ConflictException e) {
            FormErrors.apply(binding, e.problems(), RENAMES);
        }
        return show(form, code, model);
    }

    private String show(UnitForm form, String editing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("allGroups", organisation.groups());
        return "organisation/form";
    }
}
