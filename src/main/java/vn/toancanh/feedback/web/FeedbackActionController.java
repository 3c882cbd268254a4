package vn.toancanh.feedback.web;

import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.feedback.FeedbackService;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/**
 * What officers do to a request from its page: each form posts here, the service checks who may and whether it can,
 * and the page comes back with a message (or the form with its mistakes beside the fields).
 */
@Controller
class FeedbackActionController {

    private static final String OFFICERS =
            "hasAnyRole('ADMIN','LEADER','DEPARTMENT_OFFICER','COMMUNE_OFFICER','PARTNER_OFFICER')";

    private final FeedbackService feedback;
    private final FeedbackPageController pages;

    FeedbackActionController(FeedbackService feedback, FeedbackPageController pages) {
        this.feedback = feedback;
        this.pages = pages;
    }

    @PostMapping("/feedback/{code}/assign")
    @PreAuthorize(OFFICERS)
    String assign(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(required = false) @Nullable String note,
            Model model,
            RedirectAttributes flash) {
        Map<String, String> typed = Map.of("unit", unit, "note", note == null ? "" : note);
        if (unit.isBlank()) {
            return pages.detail(code, "assign", Map.of("unit", "Hãy chọn đơn vị xử lý"), typed, model);
        }
        return act(code, "assign", typed, () -> feedback.assign(code, unit, note), model, flash);
    }

    @PostMapping("/feedback/{code}/start")
    @PreAuthorize(OFFICERS)
    String start(@PathVariable String code, Model model, RedirectAttributes flash) {
        return act(code, "start", Map.of(), () -> feedback.start(code), model, flash);
    }

    @PostMapping("/feedback/{code}/resolve")
    @PreAuthorize(OFFICERS)
    String resolve(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String reply,
            Model model,
            RedirectAttributes flash) {
        return act(code, "resolve", typed("reply", reply), () -> feedback.resolve(code, reply), model, flash);
    }

    @PostMapping("/feedback/{code}/reject")
    @PreAuthorize(OFFICERS)
    String reject(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            RedirectAttributes flash) {
        return act(code, "reject", typed("reason", reason), () -> feedback.reject(code, reason), model, flash);
    }

    @PostMapping("/feedback/{code}/reopen")
    @PreAuthorize(OFFICERS)
    String reopen(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            RedirectAttributes flash) {
        return act(code, "reopen", typed("reason", reason), () -> feedback.reopen(code, reason), model, flash);
    }

    @PostMapping("/feedback/{code}/close")
    @PreAuthorize("hasAnyRole('ADMIN','LEADER')")
    String close(@PathVariable String code, Model model, RedirectAttributes flash) {
        return act(code, "close", Map.of(), () -> feedback.close(code), model, flash);
    }

    @PostMapping("/feedback/{code}/notes")
    @PreAuthorize(OFFICERS)
    String note(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String note,
            Model model,
            RedirectAttributes flash) {
        return act(code, "note", typed("note", note), () -> feedback.note(code, note), model, flash);
    }

    private String act(
            String code,
            String action,
            Map<String, String> typed,
            Supplier<?> work,
            Model model,
            RedirectAttributes flash) {
        try {
            work.get();
            flash.addFlashAttribute("done", action);
            return "redirect:/feedback/" + code;
        } catch (InvalidInputException e) {
            return pages.detail(code, action, FieldProblem.byField(e.problems()), typed, model);
        } catch (ConflictException e) {
            return pages.detail(code, action, Map.of("conflict", e.reason()), typed, model);
        }
    }

    private static Map<String, String> typed(String field, @Nullable String value) {
        return Map.of(field, value == null ? "" : value);
    }
}
