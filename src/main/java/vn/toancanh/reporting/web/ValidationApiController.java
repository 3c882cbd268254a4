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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.reporting.ReportingService;
import vn.toancanh.reporting.ValidationRuleInput;
import vn.toancanh.reporting.ValidationRuleView;
import vn.toancanh.reporting.ValidationService;
import vn.toancanh.reporting.Violation;

/** Validation rules (admins write them) and the validation analysis of a form's reports for a period. */
@RestController
@Tag(name = "Kiểm tra số liệu", description = "Validation rules over report values and the validation analysis")
class ValidationApiController {

    private final ValidationService validation;
    private final ReportingService reporting;

    ValidationApiController(ValidationService validation, ReportingService reporting) {
        this.validation = validation;
        this.reporting = reporting;
    }

    @GetMapping("/api/validationRules")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Every validation rule")
    List<ValidationRuleView> rules() {
        return validation.rules();
    }

    @GetMapping("/api/validationRules/{code}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One validation rule")
    ValidationRuleView rule(@PathVariable String code) {
        return validation.rule(code);
    }

    @PostMapping("/api/validationRules")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "A new rule: left expression, operator, right expression, importance, message")
    ValidationRuleView create(@RequestBody ValidationRuleInput input) {
        return validation.create(input);
    }

    @PutMapping("/api/validationRules/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Changes a rule")
    ValidationRuleView update(@PathVariable String code, @RequestBody ValidationRuleInput input) {
        return validation.update(code, input);
    }

    @GetMapping("/api/validation")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Validation analysis: the rules each assigned unit's values break for a form and period")
    List<Violation> analysis(@RequestParam String form, @RequestParam String period) {
        return validation.analysis(form, period);
    }

    @GetMapping("/api/reports/{form}/{unit}/{period}/validation")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The rules one unit's report breaks as its values stand")
    List<Violation> report(@PathVariable String form, @PathVariable String unit, @PathVariable String period) {
        return reporting.violations(form, unit, period);
    }
}
