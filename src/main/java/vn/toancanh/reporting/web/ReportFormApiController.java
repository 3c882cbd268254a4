package vn.toancanh.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.reporting.ReportFormInput;
import vn.toancanh.reporting.ReportFormView;
import vn.toancanh.reporting.ReportingService;

/** Report forms as JSON: everyone signed in reads them, admins build and change them. */
@RestController
@RequestMapping("/api/reportForms")
@Tag(name = "Biểu mẫu báo cáo", description = "Periodic report forms: items, periods, deadlines, approval chain")
class ReportFormApiController {

    private final ReportingService reporting;

    ReportFormApiController(ReportingService reporting) {
        this.reporting = reporting;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Every report form in its current version")
    List<ReportFormView> list() {
        return reporting.forms();
    }

    @GetMapping("/{code}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One report form: sections and items, units that report, deadline rule, approval steps")
    ReportFormView get(@PathVariable String code) {
        return reporting.form(code);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "A new report form (version 1)")
    ReportFormView create(@RequestBody ReportFormInput input) {
        return reporting.createForm(input);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Changes a form; new sections or items make a new version, reports already made keep theirs")
    ReportFormView update(@PathVariable String code, @RequestBody ReportFormInput input) {
        return reporting.updateForm(code, input);
    }
}
