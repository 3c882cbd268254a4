package vn.toancanh.reports.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.reports.LibraryEntry;
import vn.toancanh.reports.ReportTemplateView;
import vn.toancanh.reports.ReportTemplates;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.Period;

/**
 * Aggregate report templates: leaders and admins see them and generate a period's report; admins write them, each
 * mistake shown beside its field.
 */
@Controller
@RequestMapping("/reports/templates")
class ReportTemplateController {

    /** How many past periods the "generate" choice offers. */
    private static final int PERIOD_CHOICES = 12;

    private final ReportTemplates templates;

    ReportTemplateController(ReportTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN','LEADER')")
    String list(Model model) {
        List<ReportTemplateView> all = templates.templates();
        Map<String, List<Period>> periods = new LinkedHashMap<>();
        Map<String, LocalDate> nextRuns = new LinkedHashMap<>();
        LocalDate today = OrganisationService.today();
        for (ReportTemplateView t : all) {
            periods.put(t.code(), choices(t));
            LocalDate next = templates.nextRun(t, today);
            if (next != null) {
                nextRuns.put(t.code(), next);
            }
        }
        model.addAttribute("templates", all);
        model.addAttribute("periods", periods);
        model.addAttribute("nextRuns", nextRuns);
        return "reports/templates";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String blank(Model model) {
        return editor(ReportTemplateForm.blank(), true, Map.of(), model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String create(@ModelAttribute("template") ReportTemplateForm form, Model model, RedirectAttributes flash) {
        try {
            ReportTemplateView saved = templates.create(form.toInput());
            flash.addFlashAttribute("saved", saved.code());
            return "redirect:/reports/templates";
        } catch (InvalidInputException e) {
            return editor(form, true, FieldProblem.byField(e.problems()), model);
        } catch (ConflictException e) {
            return editor(form, true, FieldProblem.byField(e.problems()), model);
        }
    }

    @GetMapping("/{code}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String edit(@PathVariable String code, Model model) {
        return editor(ReportTemplateForm.from(templates.template(code)), false, Map.of(), model);
    }

    @PostMapping("/{code}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String update(
            @PathVariable String code,
            @ModelAttribute("template") ReportTemplateForm form,
            Model model,
            RedirectAttributes flash) {
        try {
            templates.update(code, form.toInput());
            flash.addFlashAttribute("saved", code);
            return "redirect:/reports/templates";
        } catch (InvalidInputException e) {
            form.setCode(code);
            return editor(form, false, FieldProblem.byField(e.problems()), model);
        }
    }

    /** Generates a period's report into the library and opens it there. */
    @PostMapping("/{code}/generate")
    @PreAuthorize("hasAnyRole('ADMIN','LEADER')")
    String generate(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String period,
            RedirectAttributes flash) {
        try {
            LibraryEntry entry = templates.generate(code, period == null ? "" : period);
            flash.addFlashAttribute("generated", entry.title());
            return "redirect:/reports/library/" + entry.id();
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(
                    "generateError", code + ": " + e.problems().get(0).reason());
            return "redirect:/reports/templates";
        }
    }

    private static List<Period> choices(ReportTemplateView template) {
        List<Period> out = new ArrayList<>();
        Period p = template.periodOn(OrganisationService.today());
        for (int i = 0; i < PERIOD_CHOICES; i++, p = p.previous()) {
            out.add(p);
        }
        return out;
    }

    private static String editor(ReportTemplateForm form, boolean creating, Map<String, String> errors, Model model) {
        model.addAttribute("template", form);
        model.addAttribute("creating", creating);
        model.addAttribute("errors", errors);
        model.addAttribute("blankBlock", new ReportTemplateForm.Block());
        model.addAttribute("noErrors", Map.of());
        return "reports/template-form";
    }
}
