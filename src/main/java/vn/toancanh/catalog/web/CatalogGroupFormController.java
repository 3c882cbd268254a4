package vn.toancanh.catalog.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PeriodType;

/** Admins create and edit data groups. */
@Controller
class CatalogGroupFormController {

    private final CatalogService catalog;

    CatalogGroupFormController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/catalog/groups/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newGroup(@RequestParam(required = false) String sector, Model model) {
        DataGroupForm form = new DataGroupForm();
        form.setSectorCode(sector == null ? "" : sector);
        return groupForm(model, form, false);
    }

    @PostMapping("/catalog/groups")
    @PreAuthorize("hasRole('ADMIN')")
    String create(@ModelAttribute("form") DataGroupForm form, BindingResult errors, Model model) {
        try {
            catalog.createGroup(form.toInput());
            return "redirect:/catalog?group=" + form.getCode().trim();
        } catch (InvalidInputException e) {
            CatalogFormController.reject(errors, e.problems());
        } catch (ConflictException e) {
            CatalogFormController.reject(errors, e.problems());
        }
        return groupForm(model, form, false);
    }

    @GetMapping("/catalog/groups/{code}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String edit(@PathVariable String code, Model model) {
        return groupForm(model, DataGroupForm.of(catalog.getGroupDetail(code)), true);
    }

    @PostMapping("/catalog/groups/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(
            @PathVariable String code, @ModelAttribute("form") DataGroupForm form, BindingResult errors, Model model) {
        form.setCode(code);
        try {
            catalog.updateGroup(code, form.toInput());
            return "redirect:/catalog?group=" + code;
        } catch (InvalidInputException e) {
            CatalogFormController.reject(errors, e.problems());
        }
        return groupForm(model, form, true);
    }

    private String groupForm(Model model, DataGroupForm form, boolean editing) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("domains", catalog.domains());
        model.addAttribute("periodTypes", PeriodType.values());
        model.addAttribute("sharingLevels", SharingLevel.values());
        return "catalog/group-form";
    }
}
