package vn.toancanh.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.reporting.ReportView;
import vn.toancanh.reporting.ReportingService;

/**
 * Each unit's report for a period as JSON, and its moves: the unit's officers start and submit it, the approval chain
 * approves or returns it (with a reason), leaders and admins reopen an approved one. A move the report's state does
 * not allow is 409; one the caller may not make is 403.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Báo cáo định kỳ", description = "Units' periodic reports: status, deadline, submission and approval")
class ReportApiController {

    private static final String ONE = "/{form}/{unit}/{period}";
    private static final String APPROVERS =
            "hasAnyRole('ADMIN','LEADER','DEPARTMENT_OFFICER','COMMUNE_OFFICER','PARTNER_OFFICER')";
    private static final String FILLERS =
            "hasAnyRole('ADMIN','DEPARTMENT_OFFICER','COMMUNE_OFFICER','PARTNER_OFFICER')";

    private final ReportingService reporting;

    ReportApiController(ReportingService reporting) {
        this.reporting = reporting;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Every unit's report of a form for a period (NOT_STARTED where none was saved)")
    List<ReportView> list(@RequestParam String form, @RequestParam String period) {
        return reporting.reports(form, period);
    }

    @GetMapping(ONE)
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One unit's report for a period, with its history")
    ReportView get(@PathVariable String form, @PathVariable String unit, @PathVariable String period) {
        return reporting.report(form, unit, period);
    }

    @PostMapping(ONE + "/edit")
    @PreAuthorize(FILLERS)
    @Operation(summary = "Starts the report, or takes a returned one back into work (DRAFT)")
    ReportView edit(@PathVariable String form, @PathVariable String unit, @PathVariable String period) {
        return reporting.edit(form, unit, period);
    }

    @PostMapping(ONE + "/submit")
    @PreAuthorize(FILLERS)
    @Operation(summary = "Submits the report to the first approval step")
    ReportView submit(
            @PathVariable String form,
            @PathVariable String unit,
            @PathVariable String period,
            @RequestBody(required = false) @Nullable ReportActionRequest body) {
        return reporting.submit(form, unit, period, orNone(body).comment());
    }

    @PostMapping(ONE + "/approve")
    @PreAuthorize(APPROVERS)
    @Operation(summary = "Approves the report's current step: on to the next step, or APPROVED and locked")
    ReportView approve(
            @PathVariable String form,
            @PathVariable String unit,
            @PathVariable String period,
            @RequestBody(required = false) @Nullable ReportActionRequest body) {
        return reporting.approve(form, unit, period, orNone(body).comment());
    }

    @PostMapping(ONE + "/return")
    @PreAuthorize(APPROVERS)
    @Operation(summary = "Returns the report to its unit with a reason")
    ReportView returnReport(
            @PathVariable String form,
            @PathVariable String unit,
            @PathVariable String period,
            @RequestBody(required = false) @Nullable ReportActionRequest body) {
        return reporting.returnReport(form, unit, period, orNone(body).reason());
    }

    @PostMapping(ONE + "/reopen")
    @PreAuthorize("hasAnyRole('ADMIN','LEADER')")
    @Operation(summary = "Reopens an approved report with a reason (back to its unit, unlocked)")
    ReportView reopen(
            @PathVariable String form,
            @PathVariable String unit,
            @PathVariable String period,
            @RequestBody(required = false) @Nullable ReportActionRequest body) {
        return reporting.reopen(form, unit, period, orNone(body).reason());
    }

    private static ReportActionRequest orNone(@Nullable ReportActionRequest body) {
        return body == null ? ReportActionRequest.NONE : body;
    }
}
