package vn.toancanh.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.reporting.ConsolidationMapping;
import vn.toancanh.reporting.ConsolidationMappingInput;
import vn.toancanh.reporting.ConsolidationService;
import vn.toancanh.shared.NotFoundException;

/** How a form is consolidated from another form, as JSON: everyone signed in reads it, admins set it. */
@RestController
@Tag(name = "Biểu mẫu báo cáo", description = "Periodic report forms: items, periods, deadlines, approval chain")
class ConsolidationMappingApiController {

    private final ConsolidationService consolidation;

    ConsolidationMappingApiController(ConsolidationService consolidation) {
        this.consolidation = consolidation;
    }

    @GetMapping("/api/reportForms/{code}/mapping")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The form this form is consolidated from, and the item lines; 404 when it uses its own")
    ConsolidationMapping get(@PathVariable String code) {
        return consolidation
                .mapping(code)
                .orElseThrow(
                        () -> new NotFoundException("Biểu " + code + " được tổng hợp từ chính các báo cáo của nó"));
    }

    @PutMapping("/api/reportForms/{code}/mapping")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Sets the source form and the item lines (target = sum of source items)")
    ConsolidationMapping put(@PathVariable String code, @RequestBody ConsolidationMappingInput input) {
        return consolidation.saveMapping(code, input);
    }

    @DeleteMapping("/api/reportForms/{code}/mapping")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The form is consolidated from its own reports again")
    void delete(@PathVariable String code) {
        consolidation.deleteMapping(code);
    }
}
