package vn.toancanh.alerts.web;

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
import vn.toancanh.alerts.AlertRuleKind;
import vn.toancanh.alerts.AlertService;
import vn.toancanh.alerts.AlertSeverity;
import vn.toancanh.alerts.Comparison;
import vn.toancanh.alerts.OverdueSource;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PageFormats;

/** Admins keep the warning rules: the list with each rule's open alerts, a new rule, a change, evaluating now. */
@Controller
@RequestMapping("/alerts/rules")
@PreAuthorize("hasRole('ADMIN')")
class AlertRuleController {

    private final AlertService alerts;

    AlertRuleController(AlertService alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rules", alerts.rules());
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "alerts/rules";
    }

    @GetMapping("/new")
    String blank(Model model) {
        return editor(AlertRuleForm.blank(), true, Map.of(), model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute AlertRuleForm form, Model model, RedirectAttributes flash) {
        try {
            alerts.createRule(form.input());
            alerts.evaluate(form.code() == null ? "" : form.code().strip());
            flash.addFlashAttribute("saved", form.code());
            return "redirect:/alerts/rules";
        } catch (InvalidInputException e) {
            return editor(form, true, FieldProblem.byField(e.problems()), model);
        } catch (ConflictException e) {
            return editor(form, true, FieldProblem.byField(e.problems()), model);
        }
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        return editor(AlertRuleForm.of(alerts.rule(code)), false, Map.of(), model);
    }

    @PostMapping("/{code}")
    String update(
            @PathVariable String code, @ModelAttribute AlertRuleForm form, Model model, RedirectAttributes flash) {
        try {
            alerts.updateRule(code, form.input());
            alerts.evaluate(code);
            flash.addFlashAttribute("saved", code);
            return "redirect:/alerts/rules";
        } catch (InvalidInputException e) {
            return editor(form, false, FieldProblem.byField(e.problems()), model);
        }
    }

    @PostMapping("/{code}/evaluate")
    String evaluate(@PathVariable String code, RedirectAttributes flash) {
        alerts.evaluate(code);
        flash.addFlashAttribute("evaluated", code);
        return "redirect:/alerts/rules";
    }

    @PostMapping("/{code}/delete")
    String delete(@PathVariable String code, RedirectAttributes flash) {
        alerts.deleteRule(code);
        flash.addFlashAttribute("deleted", code);
        return "redirect:/alerts/rules";
    }

    private static String editor(AlertRuleForm rule, boolean creating, Map<String, String> errors, Model model) {
        model.addAttribute("rule", rule);
        model.addAttribute("creating", creating);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", AlertRuleKind.values());
        model.addAttribute("severities", AlertSeverity.values());
        model.addAttribute("comparisons", Comparison.values());
        model.addAttribute("sources", OverdueSource.values());
        return "alerts/rule-form";
    }
}
