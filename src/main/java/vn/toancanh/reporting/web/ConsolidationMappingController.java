package vn.toancanh.reporting.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.reporting.ConsolidationMapping;
import vn.toancanh.reporting.ConsolidationMappingInput;
import vn.toancanh.reporting.ConsolidationService;
import vn.toancanh.reporting.ReportFormView;
import vn.toancanh.reporting.ReportingService;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/**
 * How a form is consolidated from another form, as the admin page writes it: the source form, one line per mapped
 * item written {@code TARGET = SOURCE + SOURCE}.
 */
@Controller
class ConsolidationMappingController {

    private final ConsolidationService consolidation;
    private final ReportingService reporting;

    ConsolidationMappingController(ConsolidationService consolidation, ReportingService reporting) {
        this.consolidation = consolidation;
        this.reporting = reporting;
    }

    @GetMapping("/reporting/admin/forms/{code}/mapping")
    @PreAuthorize("hasRole('ADMIN')")
    String page(@PathVariable String code, Model model) {
        ConsolidationMapping mapping = consolidation.mapping(code).orElse(null);
        return editor(
                code,
                mapping == null ? "" : mapping.sourceFormCode(),
                mapping == null ? "" : text(mapping.lines()),
                Map.of(),
                model);
    }

    @PostMapping("/reporting/admin/forms/{code}/mapping")
    @PreAuthorize("hasRole('ADMIN')")
    String save(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String sourceForm,
            @RequestParam(required = false) @Nullable String lines,
            Model model,
            RedirectAttributes flash) {
        String text = lines == null ? "" : lines;
        if (sourceForm == null || sourceForm.isBlank()) {
            consolidation.deleteMapping(code);
            flash.addFlashAttribute("mappingRemoved", true);
            return "redirect:/reporting/admin/forms/" + code + "/mapping";
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<ConsolidationMapping.Line> parsed = parse(text, problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            consolidation.saveMapping(code, new ConsolidationMappingInput(sourceForm, parsed));
            flash.addFlashAttribute("mappingSaved", true);
            return "redirect:/reporting/admin/forms/" + code + "/mapping";
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem p : e.problems()) {
                // the lines are one text box: every line's mistake goes under it
                String field = p.field().startsWith("lines") ? "lines" : p.field();
                errors.merge(field, p.reason(), (a, b) -> a + "; " + b);
            }
            return editor(code, sourceForm, text, errors, model);
        }
    }

    private String editor(String code, String sourceForm, String lines, Map<String, String> errors, Model model) {
        ReportFormView form = reporting.form(code);
        model.addAttribute("form", form);
        model.addAttribute(
                "sources",
                reporting.forms().stream()
                        .filter(f -> f.id() != form.id() && f.periodType() == form.periodType())
                        .toList());
        model.addAttribute("sourceForm", sourceForm);
        model.addAttribute("lines", lines);
        model.addAttribute("errors", errors);
        return "reporting/mapping";
    }

    /** {@code A = B + C} per line; blank lines are skipped, a line without '=' is a mistake of its own. */
    static List<ConsolidationMapping.Line> parse(String text, List<FieldProblem> problems) {
        List<ConsolidationMapping.Line> lines = new ArrayList<>();
        String[] raw = text.split("\\R");
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                problems.add(
                        new FieldProblem("lines", "Dòng " + (i + 1) + " thiếu dấu '=': viết MÃ = MÃ NGUỒN + MÃ NGUỒN"));
                continue;
            }
            List<String> sources = Arrays.stream(line.substring(eq + 1).split("[+,]"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            lines.add(new ConsolidationMapping.Line(line.substring(0, eq).strip(), sources));
        }
        return lines;
    }

    static String text(List<ConsolidationMapping.Line> lines) {
        return lines.stream()
                .map(l -> l.target() + " = " + String.join(" + ", l.sources()))
                .collect(Collectors.joining("\n"));
    }
}
