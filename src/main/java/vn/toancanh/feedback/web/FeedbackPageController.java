package vn.toancanh.feedback.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toancanh.feedback.FeedbackFilter;
import vn.toancanh.feedback.FeedbackService;
import vn.toancanh.feedback.FeedbackStatus;
import vn.toancanh.feedback.FeedbackTimeliness;
import vn.toancanh.feedback.FeedbackView;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PageFormats;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;

/** The officers' list of requests (their unit's, all for leaders) and one request with what they may do to it. */
@Controller
class FeedbackPageController {

    static final int PAGE_SIZE = 25;
    static final List<String> SORTS = List.of("-received", "received", "due", "-due", "-updated", "code");

    private final FeedbackService feedback;
    private final FeedbackUnits units;

    FeedbackPageController(FeedbackService feedback, FeedbackUnits units) {
        this.feedback = feedback;
        this.units = units;
    }

    @GetMapping("/feedback")
    @PreAuthorize("isAuthenticated()")
    String list(
            @ModelAttribute("params") FeedbackListParams params,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        String order = sort != null && SORTS.contains(sort) ? sort : SORTS.get(0);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("sort", order);
        model.addAttribute("sorts", SORTS);
        model.addAttribute("statuses", FeedbackStatus.values());
        model.addAttribute(
                "timelinessChoices", List.of(FeedbackTimeliness.values()).subList(0, 5));
        model.addAttribute("categories", feedback.categories(true));
        model.addAttribute("units", units.handling());
        model.addAttribute("fmt", PageFormats.INSTANCE);
        try {
            FeedbackFilter filter = params.filter();
            model.addAttribute("requests", feedback.list(PageQuery.of(page, PAGE_SIZE, q, order), filter));
            model.addAttribute("counts", counts(filter));
            model.addAttribute("errors", Map.of());
        } catch (InvalidInputException e) {
            model.addAttribute("requests", new PageResult<FeedbackView>(List.of(), 1, PAGE_SIZE, 0));
            model.addAttribute("counts", Map.of());
            model.addAttribute("errors", FieldProblem.byField(e.problems()));
        }
        return "feedback/list";
    }

    /** Open, due soon and overdue within the list's unit and category, whatever its other filters. */
    private Map<String, Long> counts(FeedbackFilter f) {
        PageQuery one = new PageQuery(1, 1, "", "", false);
        List<FeedbackStatus> open = List.of(FeedbackStatus.NEW, FeedbackStatus.ASSIGNED, FeedbackStatus.IN_PROGRESS);
        return Map.of(
                "open",
                count(one, new FeedbackFilter(open, f.categoryCode(), f.unitCode(), null, null, null, false)),
                "dueSoon",
                count(
                        one,
                        new FeedbackFilter(
                                List.of(),
                                f.categoryCode(),
                                f.unitCode(),
                                FeedbackTimeliness.DUE_SOON,
                                null,
                                null,
                                false)),
                "overdue",
                count(
                        one,
                        new FeedbackFilter(
                                List.of(),
                                f.categoryCode(),
                                f.unitCode(),
                                FeedbackTimeliness.OVERDUE,
                                null,
                                null,
                                false)));
    }

    private long count(PageQuery one, FeedbackFilter f) {
        return feedback.list(one, f).total();
    }

    @GetMapping("/feedback/{code}")
    @PreAuthorize("isAuthenticated()")
    String request(@PathVariable String code, Model model) {
        return detail(code, null, Map.of(), Map.of(), model);
    }

    /**
     * The request's page; after a failed action, that action's form ({@code failed}) shows its errors beside its
     * fields and keeps what was typed ({@code typed}).
     */
    String detail(
            String code, @Nullable String failed, Map<String, String> errors, Map<String, String> typed, Model model) {
        FeedbackView r = feedback.get(code);
        boolean mayAct = feedback.canHandle(r);
        boolean dispatcher = feedback.isDispatcher();
        model.addAttribute("r", r);
        model.addAttribute("mayAct", mayAct);
        model.addAttribute("dispatcher", dispatcher);
        model.addAttribute("units", mayAct && r.status().open() ? units.handling() : List.of());
        model.addAttribute("failed", failed == null ? "" : failed);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "feedback/request";
    }
}
