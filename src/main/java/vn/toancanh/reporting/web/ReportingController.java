package vn.toancanh.reporting.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;
import vn.toancanh.reporting.ConsolidationService;
import vn.toancanh.reporting.ReportSaveResult;
import vn.toancanh.reporting.ReportingService;
import vn.toancanh.reporting.ValidationService;
import vn.toancanh.reporting.internal.ReportWorkbook;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PageFormats;

/**
 * The periodic reporting pages: the forms, who has reported (a unit × period matrix), and one unit's report laid out
 * like the paper form, where its officers fill and submit it and its approvers approve or return it.
 */
@Controller
@RequestMapping("/reporting")
class ReportingController {

    static final int MATRIX_PERIODS = 6;

    private final ReportingService reporting;
    private final ValidationService validation;

    private final ConsolidationService consolidation;

    ReportingController(ReportingService reporting, ValidationService validation, ConsolidationService consolidation) {
        this.consolidation = consolidation;
        this.reporting = reporting;
        this.validation = validation;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String forms(Model model) {
        model.addAttribute("forms", reporting.forms());
        model.addAttribute("tasks", reporting.tasks());
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "reporting/list";
    }

    @GetMapping("/{form}")
    @PreAuthorize("isAuthenticated()")
    String matrix(@PathVariable String form, Model model) {
        model.addAttribute("view", reporting.completeness(form, MATRIX_PERIODS));
        model.addAttribute("district", consolidation.consolidatingUnit(form).orElse(null));
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "reporting/matrix";
    }

    /** The validation analysis: every unit's broken rules for a period (the latest begun by default). */
    @GetMapping("/{form}/validation")
    @PreAuthorize("isAuthenticated()")
    String validation(@PathVariable String form, @RequestParam(required = false) @Nullable String period, Model model) {
        var view = reporting.completeness(form, MATRIX_PERIODS);
        String chosen = period == null || period.isBlank()
                ? view.periods().get(view.periods().size() - 1)
                : period;
        Map<String, String> periods = new LinkedHashMap<>();
        view.totals().forEach(t -> periods.put(t.period(), t.label()));
        if (!periods.containsKey(chosen)) {
            periods.put(
                    chosen, vn.toancanh.shared.Period.require(chosen, "period").labelVi());
        }
        model.addAttribute("view", view);
        model.addAttribute("period", chosen);
        model.addAttribute("periods", periods);
        model.addAttribute("violations", validation.analysis(form, chosen));
        model.addAttribute("rules", validation.rulesOf(form));
        Map<String, String> unitNames = new LinkedHashMap<>();
        view.form().units().forEach(u -> unitNames.put(u.code(), u.name()));
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "reporting/validation";
    }

    @GetMapping("/{form}/{unit}/{period}")
    @PreAuthorize("isAuthenticated()")
    String report(
            @PathVariable String form,
            @PathVariable String unit,
            @PathVariable String period,
            @RequestParam(required = false) @Nullable String done,
            Model model) {
        model.addAttribute("done", done);
        return page(form, unit, period, Map.of(), Map.of(), model);
    }

    /** Saves the typed values; with {@code action=submit} also submits the report once they are saved. */
    @PostMapping("/{form}/{unit}/{period}")
    @PreAuthorize("hasAnyRole('ADMIN','DEPARTMENT_OFFICER','COMMUNE_OFFICER','PARTNER_OFFICER')")
    String save(
            @PathVariable String form,
            @PathVariable String unit,
            @PathVariable String period,
            @RequestParam Map<String, String> params,
            Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("v:")) {
                typed.put(k, v);
            }
        });
        String failed = saveOrPage(form, unit, period, typed, typed, model);
        if (failed != null) {
            return failed;
        }
        if ("submit".equals(params.get("action"))) {
            try {
                reporting.submit(form, unit, period, text(params.get("comment")));
            } catch (InvalidInputException e) {
                // broken rules: the values are saved, the report is not sent
                model.addAttribute("submitProblems", e.problems());
                model.addAttribute("comment", params.get("comment"));
                return page(form, unit, period, Map.of(), Map.of(), model);
            } catch (ConflictException e) {
                model.addAttribute("problem", e.reason());
                return page(form, unit, period, Map.of(), Map.of(), model);
            }
            return redirect(form, unit, period, "SUBMIT");
        }
        return redirect(form, unit, period, "SAVE");
    }

    /** The report as a pre-filled Excel workbook, to fill offline and upload back. */
    @GetMapping("/{form}/{unit}/{period}/excel")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> excel(@PathVariable String form, @PathVariable String unit, @PathVariable String period) {
        byte[] workbook = ReportWorkbook.write(reporting.entry(form, unit, period));
        return ReportFiles.attachment(workbook, ReportFiles.XLSX, form + "_" + unit + "_" + period + ".xlsx");
    }

    /** A filled workbook back: its values saved as the page saves them, all or nothing. */
    @PostMapping("/{form}/{unit}/{period}/excel")
    @PreAuthorize("hasAnyRole('ADMIN','DEPARTMENT_OFFICER','COMMUNE_OFFICER','PARTNER_OFFICER')")
    String upload(
            @PathVariable String form,
            @PathVariable String unit,
            @PathVariable String period,
            @RequestParam("file") MultipartFile file,
            Model model)
            throws java.io.IOException {
        Map<String, String> typed;
        try (var in = file.getInputStream()) {
            typed = ReportWorkbook.read(in, ReportWorkbook.key(form, unit, period));
        } catch (InvalidInputException e) {
            model.addAttribute("fileError", e.problems().get(0).reason());
            return page(form, unit, period, Map.of(), Map.of(), model);
        }
        String failed = saveOrPage(form, unit, period, typed, Map.of(), model);
        return failed != null ? failed : redirect(form, unit, period, "SAVE");
    }

    /**
     * Saves what was typed; null when saved, else the page again with the reason: a report no longer editable (the
     * fields show {@code shownOnConflict}) or each rejected value beside its field (all typed values kept).
     */
    private @Nullable String saveOrPage(
            String form,
            String unit,
            String period,
            Map<String, String> typed,
            Map<String, String> shownOnConflict,
            Model model) {
        ReportSaveResult saved;
        try {
            saved = reporting.save(form, unit, period, typed);
        } catch (ConflictException e) {
            model.addAttribute("problem", e.reason());
            return page(form, unit, period, shownOnConflict, Map.of(), model);
        }
        if (!saved.ok()) {
            model.addAttribute("saveErrors", saved.errors().size());
            return page(form, unit, period, typed, saved.errors(), model);
        }
        return null;
    }

    /** An approver's decision ({@code approve} or {@code return}), or a leader's {@code reopen}. */
    @PostMapping("/{form}/{unit}/{period}/decision")
    @PreAuthorize("hasAnyRole('ADMIN','LEADER','DEPARTMENT_OFFICER','COMMUNE_OFFICER','PARTNER_OFFICER')")
    String decide(
            @PathVariable String form,
            @PathVariable String unit,
            @PathVariable String period,
            @RequestParam String action,
            @RequestParam(required = false) @Nullable String comment,
            @RequestParam(required = false) @Nullable String reason,
            Model model) {
        try {
            switch (action) {
                case "approve" -> reporting.approve(form, unit, period, text(comment));
                case "return" -> reporting.returnReport(form, unit, period, reason);
                case "reopen" -> reporting.reopen(form, unit, period, reason);
                default -> throw InvalidInputException.of("action", "Thao tác không hợp lệ: " + action);
            }
        } catch (InvalidInputException e) {
            model.addAttribute("reasonError", e.problems().get(0).reason());
            model.addAttribute("decision", action);
            return page(form, unit, period, Map.of(), Map.of(), model);
        } catch (ConflictException e) {
            model.addAttribute("problem", e.reason());
            return page(form, unit, period, Map.of(), Map.of(), model);
        }
        return redirect(form, unit, period, action.toUpperCase(java.util.Locale.ROOT));
    }

    private String page(
            String form,
            String unit,
            String period,
            Map<String, String> typed,
            Map<String, String> errors,
            Model model) {
        model.addAttribute("entry", reporting.entry(form, unit, period));
        model.addAttribute("unusual", reporting.unusual(form, unit, period));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "reporting/report";
    }

    private static String redirect(String form, String unit, String period, String done) {
        return "redirect:/reporting/" + UriUtils.encodePathSegment(form, java.nio.charset.StandardCharsets.UTF_8) + "/"
                + UriUtils.encodePathSegment(unit, java.nio.charset.StandardCharsets.UTF_8) + "/"
                + UriUtils.encodePathSegment(period, java.nio.charset.StandardCharsets.UTF_8) + "?done=" + done;
    }

    private static @Nullable String text(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
