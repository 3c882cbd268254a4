package vn.toancanh.catalog.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.catalog.AggregationType;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataItemInput;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PeriodType;

/** Admins create and edit data items; every problem is shown beside its field, in Vietnamese. */
@Controller
class CatalogFormController {

    private final CatalogService catalog;

    CatalogFormController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/catalog/items/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newItem(@RequestParam(required = false) String group, Model model) {
        DataItemForm form = new DataItemForm();
        if (group != null) {
            catalog.findGroupByCode(group).ifPresent(g -> {
                form.setGroupCode(g.code());
                form.setPeriodType(g.periodType());
                form.setSharing(g.sharing());
            });
        }
        return itemForm(model, form, false);
    }

    @PostMapping("/catalog/items")
    @PreAuthorize("hasRole('ADMIN')")
    String create(
            @ModelAttribute("form") DataItemForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        DataItemInput input = form.toInput(errors);
        reject(errors, catalog.checkItem(input));
        if (!errors.hasErrors()) {
            try {
                catalog.createItem(input);
                flash.addFlashAttribute("saved", input.code());
                return "redirect:/catalog/items/" + input.code().trim();
            } catch (ConflictException e) {
                reject(errors, e.problems());
            } catch (InvalidInputException e) {
                reject(errors, e.problems());
            }
        }
        return itemForm(model, form, false);
    }

    @GetMapping("/catalog/items/{code}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editItem(@PathVariable String code, Model model) {
        return itemForm(model, DataItemForm.of(catalog.getItemDetail(code)), true);
    }

    @PostMapping("/catalog/items/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(
            @PathVariable String code,
            @ModelAttribute("form") DataItemForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        form.setCode(code);
        DataItemInput input = form.toInput(errors);
        reject(errors, catalog.checkItem(input));
        if (!errors.hasErrors()) {
            try {
                catalog.updateItem(code, input);
                flash.addFlashAttribute("saved", code);
                return "redirect:/catalog/items/" + code;
            } catch (InvalidInputException e) {
                reject(errors, e.problems());
            }
        }
        return itemForm(model, form, true);
    }

    private String itemForm(Model model, DataItemForm form, boolean editing) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("groups", catalog.allGroups());
        model.addAttribute("combos", catalog.categoryCombos());
        model.addAttribute("valueTypes", ValueType.values());
        model.addAttribute("aggregationTypes", AggregationType.values());
        model.addAttribute("periodTypes", PeriodType.values());
        model.addAttribute("sharingLevels", SharingLevel.values());
        return "catalog/item-form";
    }

    /** Problems onto the form's fields; a problem naming no form field goes to the form as a whole. */
    static void reject(BindingResult errors, List<FieldProblem> problems) {
        for (FieldProblem p : problems) {
            if (errors.getFieldErrors(p.field()).stream()
                    .anyMatch(e -> p.reason().equals(e.getDefaultMessage()))) {
                continue;
            }
            try {
                errors.rejectValue(p.field(), "invalid", p.reason());
            } catch (RuntimeException notAField) {
                errors.reject("invalid", p.reason());
            }
        }
    }
}
