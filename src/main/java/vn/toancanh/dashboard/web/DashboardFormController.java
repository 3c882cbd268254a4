package vn.toancanh.dashboard.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import vn.toancanh.dashboard.ChartType;
import vn.toancanh.dashboard.DashboardKind;
import vn.toancanh.dashboard.DashboardService;
import vn.toancanh.dashboard.DashboardView;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.identity.Role;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/** Composing a dashboard: create, edit (the owner; admins for home and domains), delete. */
@Controller
class DashboardFormController {

    private final DashboardService dashboards;
    private final OrganisationService organisation;
    private final IdentityService identity;

    DashboardFormController(DashboardService dashboards, OrganisationService organisation, IdentityService identity) {
        this.dashboards = dashboards;
        this.organisation = organisation;
        this.identity = identity;
    }

    @GetMapping("/dashboards/new")
    @PreAuthorize("isAuthenticated()")
    String newDashboard(Model model) {
        DashboardForm form = new DashboardForm();
        form.apply("add");
        return form(model, form, null);
    }

    @PostMapping("/dashboards")
    @PreAuthorize("isAuthenticated()")
    String create(
            @ModelAttribute("form") DashboardForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors() && !form.apply(action)) {
            try {
                DashboardView created = dashboards.create(form.toInput());
                flash.addFlashAttribute("saved", created.title());
                return "redirect:/dashboards/" + created.code();
            } catch (InvalidInputException e) {
                reject(errors, e.problems());
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/dashboards/{code}/edit")
    @PreAuthorize("isAuthenticated()")
    String edit(@PathVariable String code, Model model) {
        DashboardView d = editable(code);
        Map<Long, String> unitCodes = organisation.findByIds(d.sharedUnitIds()).values().stream()
                .collect(Collectors.toMap(UnitView::id, UnitView::code));
        return form(model, DashboardForm.of(d, unitCodes), d);
    }

    @PostMapping("/dashboards/{code}")
    @PreAuthorize("isAuthenticated()")
    String update(
            @PathVariable String code,
            @ModelAttribute("form") DashboardForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            RedirectAttributes flash) {
        DashboardView d = editable(code);
        if (!errors.hasErrors() && !form.apply(action)) {
            try {
                dashboards.update(code, form.toInput());
                flash.addFlashAttribute("saved", form.getTitle());
                return d.kind() == DashboardKind.HOME ? "redirect:/" : "redirect:/dashboards/" + code;
            } catch (InvalidInputException e) {
                reject(errors, e.problems());
            }
        }
        return form(model, form, d);
    }

    @PostMapping("/dashboards/{code}/delete")
    @PreAuthorize("isAuthenticated()")
    String delete(@PathVariable String code, RedirectAttributes flash) {
        DashboardView d = dashboards.get(code);
        dashboards.delete(code);
        flash.addFlashAttribute("deleted", d.title());
        return "redirect:/dashboards";
    }

    private DashboardView editable(String code) {
        DashboardView d = dashboards.get(code);
        CurrentUser user = identity.currentUserOrSystem();
        if (!d.editableBy(user)) {
            throw new org.springframework.security.access.AccessDeniedException("not the owner");
        }
        return d;
    }

    private String form(Model model, DashboardForm form, DashboardView existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute(
                "chartTypes",
                Arrays.stream(ChartType.values())
                        .filter(t -> t.composable() || existing != null && existing.kind() != DashboardKind.USER)
                        .toList());
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("periods", Periods.WIDGET_PERIODS);
        model.addAttribute("widths", List.of(3, 4, 6, 8, 12));
        return "dashboard/form";
    }

    private static void reject(BindingResult errors, List<FieldProblem> problems) {
        for (FieldProblem p : problems) {
            try {
                errors.rejectValue(p.field(), "invalid", p.reason());
            } catch (RuntimeException notAField) {
                errors.reject("invalid", p.reason());
            }
        }
    }
}
