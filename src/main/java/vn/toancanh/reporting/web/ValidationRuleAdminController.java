package vn.toancanh.reporting.web;

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
import vn.toancanh.reporting.ValidationRuleInput;
import vn.toancanh.reporting.ValidationRuleView;
import vn.toancanh.reporting.ValidationService;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/** Admins write the validation rules: the list, a new rule, a change; mistakes shown beside their fields. */
@Controller
@RequestMapping("/reporting/admin/rules")
@PreAuthorize("hasRole('ADMIN')")
class ValidationRuleAdminController {

    private final ValidationService validation;

    ValidationRuleAdminController(ValidationService validation) {
        this.validation = validation;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rules", validation.rules());
        return "reporting/rules";
    }

    @GetMapping("/new")
    String blank(Model model) {
        return editor(
                new ValidationRuleInput(null, null, null, "LESS_OR_EQUAL", null, "ERROR", null, true),
                true,
                Map.of(),
                model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute ValidationRuleInput input, Model model, RedirectAttributes flash) {
        try {
            ValidationRuleView rule = validation.create(input);
            flash.addFlashAttribute("saved", rule.code());
            return "redirect:/reporting/admin/rules";
        } catch (InvalidInputException e) {
            return editor(input, true, FieldProblem.byField(e.problems()), model);
        } catch (ConflictException e) {
            return editor(input, true, FieldProblem.byField(e.problems()), model);
        }
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        ValidationRuleView r = validation.rule(code);
        return editor(
                new ValidationRuleInput(
                        r.code(),
                        r.name(),
                        r.leftExpression(),
                        r.operator().name(),
                        r.rightExpression(),
                        r.importance().name(),
                        r.message(),
                        r.active()),
                false,
                Map.of(),
                model);
    }

    @PostMapping("/{code}/edit")
    String update(
            @PathVariable String code,
            @ModelAttribute ValidationRuleInput input,
            Model model,
            RedirectAttributes flash) {
        try {
            validation.update(code, input);
            flash.addFlashAttribute("saved", code);
            return "redirect:/reporting/admin/rules";
        } catch (InvalidInputException e) {
            return editor(input, false, FieldProblem.byField(e.problems()), model);
        }
    }

    private static String editor(ValidationRuleInput rule, boolean creating, Map<String, String> errors, Model model) {
        model.addAttribute("rule", rule);
        model.addAttribute("creating", creating);
        model.addAttribute("errors", errors);
        model.addAttribute("operators", ValidationRuleView.Operator.values());
        model.addAttribute("importances", ValidationRuleView.Importance.values());
        return "reporting/rule-form";
    }
}
