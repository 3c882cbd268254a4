package vn.toancanh.catalog.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.util.UriComponentsBuilder;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.TargetDirection;
import vn.toancanh.catalog.TargetView;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.InvalidInputException;

/** The targets of one item or indicator: units × years for everyone, edited cell by cell by admins and leaders. */
@Controller
class TargetController {

    private final CatalogService catalog;
    private final OrganisationService organisation;

    TargetController(CatalogService catalog, OrganisationService organisation) {
        this.catalog = catalog;
        this.organisation = organisation;
    }

    @GetMapping("/catalog/targets/{dx}")
    @PreAuthorize("isAuthenticated()")
    String table(
            @PathVariable String dx,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable Integer from,
            Model model) {
        model.addAttribute("dx", TargetSubject.of(catalog, dx));
        UnitView root = root(unit);
        UnitView parent = root.parentId() == null
                ? null
                : organisation.findById(root.parentId()).orElse(null);
        int start = from == null ? OrganisationService.today().getYear() - 1 : from;
        model.addAttribute(
                "table",
                TargetTable.of(
                        root, parent, organisation.children(root.id()), start, catalog.targets(List.of(dx), null)));
        model.addAttribute("fmt", ViewFormat.INSTANCE);
        return "catalog/targets";
    }

    @GetMapping("/catalog/targets/{dx}/edit")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    String edit(
            @PathVariable String dx,
            @RequestParam String unit,
            @RequestParam int year,
            @RequestParam(required = false) @Nullable String root,
            @RequestParam(required = false) @Nullable Integer from,
            Model model) {
        TargetSubject subject = TargetSubject.of(catalog, dx);
        UnitView target = organisation.getByCode(unit);
        List<TargetView> existing = catalog.targets(List.of(subject.code()), null);
        TargetView cell = existing.stream()
                .filter(t -> t.unitId() == target.id() && t.year() == year)
                .findFirst()
                .orElse(null);
        TargetDirection usual =
                existing.isEmpty() ? TargetDirection.AT_LEAST : existing.get(0).direction();
        TargetForm form = TargetForm.of(target.code(), year, cell, usual);
        form.setRoot(root == null ? "" : root);
        form.setFrom(from);
        return form(model, subject, form, target, cell);
    }

    @PostMapping("/catalog/targets/{dx}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    String save(
            @PathVariable String dx,
            @ModelAttribute("form") TargetForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        TargetSubject subject = TargetSubject.of(catalog, dx);
        var input = form.toInput(subject.code(), errors);
        if (!errors.hasErrors()) {
            try {
                catalog.saveTarget(input);
                flash.addFlashAttribute("saved", unitName(form) + "|" + form.getYear());
                return back(subject.code(), form);
            } catch (InvalidInputException e) {
                CatalogFormController.reject(errors, e.problems());
            }
        }
        UnitView unit = organisation.getByCode(form.getUnitCode());
        return form(model, subject, form, unit, null);
    }

    @PostMapping("/catalog/targets/{dx}/delete")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    String delete(
            @PathVariable String dx,
            @RequestParam long id,
            @ModelAttribute("form") TargetForm form,
            RedirectAttributes flash) {
        TargetSubject subject = TargetSubject.of(catalog, dx);
        catalog.deleteTarget(id);
        flash.addFlashAttribute("deleted", unitName(form) + "|" + form.getYear());
        return back(subject.code(), form);
    }

    private String form(
            Model model, TargetSubject subject, TargetForm form, UnitView unit, @Nullable TargetView existing) {
        model.addAttribute("dx", subject);
        model.addAttribute("form", form);
        model.addAttribute("unit", unit);
        model.addAttribute("existing", existing);
        model.addAttribute("directions", TargetDirection.values());
        return "catalog/target-form";
    }

    /** The first root, or further down while a unit has a single child (the city of a one-district demo). */
    private UnitView root(@Nullable String code) {
        if (code != null && !code.isBlank()) {
            return organisation.getByCode(code.trim());
        }
        UnitView root = organisation.roots().get(0);
        List<UnitView> children = organisation.children(root.id());
        while (children.size() == 1) {
            root = children.get(0);
            children = organisation.children(root.id());
        }
        return root;
    }

    private String unitName(TargetForm form) {
        return organisation.findByCode(form.getUnitCode()).map(UnitView::name).orElse(form.getUnitCode());
    }

    private static String back(String dx, TargetForm form) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/catalog/targets/{dx}");
        if (!form.getRoot().isBlank()) {
            uri.queryParam("unit", form.getRoot());
        }
        if (form.getFrom() != null) {
            uri.queryParam("from", form.getFrom());
        }
        return "redirect:" + uri.buildAndExpand(dx).encode().toUriString();
    }
}
