package vn.toancanh.reporting.web;

import java.util.LinkedHashMap;
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
import vn.toancanh.reporting.ReportingService;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/** Admins build and change report forms; a change to the items makes a new version (reports made keep theirs). */
@Controller
@RequestMapping("/reporting/admin/forms")
@PreAuthorize("hasRole('ADMIN')")
class ReportFormAdminController {

    private final ReportingService reporting;

    ReportFormAdminController(ReportingService reporting) {
        this.reporting = reporting;
    }

    @GetMapping("/new")
    String create(Model model) {
        return editor(new ReportFormForm(), true, Map.of(), model);
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        return editor(ReportFormForm.from(reporting.form(code)), false, Map.of(), model);
    }

    @PostMapping("/new")
    String created(@ModelAttribute("form") ReportFormForm form, Model model) {
        try {
            reporting.createForm(form.toInput());
        } catch (InvalidInputException e) {
            return editor(form, true, errors(e.problems()), model);
        } catch (ConflictException e) {
            return editor(form, true, errors(e.problems()), model);
        }
        return "redirect:/reporting/" + form.getCode().trim();
    }

    @PostMapping("/{code}/edit")
    String edited(@PathVariable String code, @ModelAttribute("form") ReportFormForm form, Model model) {
        form.setCode(code);
        try {
            reporting.updateForm(code, form.toInput());
        } catch (InvalidInputException e) {
            return editor(form, false, errors(e.problems()), model);
        }
        return "redirect:/reporting/" + code;
    }

    private static String editor(ReportFormForm form, boolean creating, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("errors", errors);
        model.addAttribute("periodTypes", List.of("MONTHLY", "QUARTERLY", "SIX_MONTHLY", "NINE_MONTHLY", "YEARLY"));
        return "reporting/form";
    }

    /** Problems by the editor's field: sections[…], steps[…] and deadline details go to the field they came from. */
    private static Map<String, String> errors(List<FieldProblem> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            String field = p.field();
            String key = field.startsWith("sections")
                    ? "sections"
                    : field.startsWith("steps") ? "steps" : field.startsWith("deadline") ? "deadline" : field;
            out.merge(key, p.reason(), (a, b) -> a + "; " + b);
        }
        return out;
    }
}
