package vn.toancanh.feedback.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.feedback.FeedbackService;
import vn.toancanh.feedback.FeedbackTimeliness;
import vn.toancanh.feedback.FeedbackView;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;

/** Citizens' feedback for officers' apps: the list with the page's filters, one request, and each handling step. */
@RestController
@RequestMapping("/api/feedback")
@Tag(name = "Phản ánh, kiến nghị", description = "Citizen feedback for officers: list, detail, assign, answer, close")
class FeedbackApiController {

    private static final String OFFICERS =
            "hasAnyRole('ADMIN','LEADER','DEPARTMENT_OFFICER','COMMUNE_OFFICER','PARTNER_OFFICER')";

    /** A unit to give the request to, with a note for it. */
    record AssignRequest(@Nullable String unit, @Nullable String note) {}

    /** The public reply of an answer. */
    record ReplyRequest(@Nullable String reply) {}

    /** The reason of a rejection or a reopening. */
    record ReasonRequest(@Nullable String reason) {}

    /** An internal note. */
    record NoteRequest(@Nullable String note) {}

    private final FeedbackService feedback;

    FeedbackApiController(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "The requests the caller's unit handles or that were raised in its area (all for leaders)",
            description = "status: a status or OPEN; timeliness: ON_TRACK, DUE_SOON, OVERDUE, ON_TIME, LATE; from/to:"
                    + " dd/MM/yyyy, both included; q: words, diacritics ignored; sort: received, due, updated, code"
                    + " (- for descending)")
    PageResult<FeedbackView> list(
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer pageSize,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable FeedbackTimeliness timeliness,
            @RequestParam(required = false) @Nullable Boolean duplicates,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String period) {
        var params = new FeedbackListParams(status, category, unit, timeliness, duplicates, from, to, period);
        return feedback.list(PageQuery.of(page, pageSize, q, sort), params.filter());
    }

    @GetMapping("/{code}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One request with its contact details and whole history, internal notes included")
    FeedbackView get(@PathVariable String code) {
        return feedback.get(code);
    }

    @PostMapping("/{code}/assign")
    @PreAuthorize(OFFICERS)
    @Operation(summary = "Gives the open request to a unit (by code) or passes it on to another")
    FeedbackView assign(@PathVariable String code, @RequestBody AssignRequest body) {
        if (body.unit() == null || body.unit().isBlank()) {
            throw InvalidInputException.of("unit", "Hãy chọn đơn vị xử lý");
        }
        return feedback.assign(code, body.unit(), body.note());
    }

    @PostMapping("/{code}/start")
    @PreAuthorize(OFFICERS)
    @Operation(summary = "The handling unit starts work on an assigned request")
    FeedbackView start(@PathVariable String code) {
        return feedback.start(code);
    }

    @PostMapping("/{code}/resolve")
    @PreAuthorize(OFFICERS)
    @Operation(summary = "Answers the request; the reply (required) is published")
    FeedbackView resolve(@PathVariable String code, @RequestBody ReplyRequest body) {
        return feedback.resolve(code, body.reply());
    }

    @PostMapping("/{code}/reject")
    @PreAuthorize(OFFICERS)
    @Operation(summary = "Declines an open request; the reason (required) is published")
    FeedbackView reject(@PathVariable String code, @RequestBody ReasonRequest body) {
        return feedback.reject(code, body.reason());
    }

    @PostMapping("/{code}/reopen")
    @PreAuthorize(OFFICERS)
    @Operation(summary = "Opens an answered request again, with a reason (required)")
    FeedbackView reopen(@PathVariable String code, @RequestBody ReasonRequest body) {
        return feedback.reopen(code, body.reason());
    }

    @PostMapping("/{code}/close")
    @PreAuthorize("hasAnyRole('ADMIN','LEADER')")
    @Operation(summary = "Closes an answered request; leaders and admins only")
    FeedbackView close(@PathVariable String code) {
        return feedback.close(code);
    }

    @PostMapping("/{code}/notes")
    @PreAuthorize(OFFICERS)
    @Operation(summary = "Adds an internal note, seen by officers only")
    FeedbackView note(@PathVariable String code, @RequestBody NoteRequest body) {
        return feedback.note(code, body.note());
    }
}
