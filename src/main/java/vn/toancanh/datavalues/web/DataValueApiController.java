package vn.toancanh.datavalues.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.datavalues.ImportSummary;
import vn.toancanh.datavalues.ValueChangeView;

/** Single values for scripts ({@code /api/dataValues}) and a value's audit history. */
@RestController
@RequestMapping("/api/dataValues")
class DataValueApiController {

    private final DataValueService values;

    DataValueApiController(DataValueService values) {
        this.values = values;
    }

    @GetMapping("/history")
    @PreAuthorize("isAuthenticated()")
    List<ValueChangeView> history(
            @RequestParam String de,
            @RequestParam String ou,
            @RequestParam String pe,
            @RequestParam(required = false) @Nullable String co) {
        return values.history(de, ou, pe, co);
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<ImportSummaryResponse> save(@RequestBody DataValueRequest request) {
        return answer(values.importValues(List.of(request.toInput()), ImportOptions.defaults(ChangeSource.API)));
    }

    @DeleteMapping
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<ImportSummaryResponse> delete(
            @RequestParam String de,
            @RequestParam String ou,
            @RequestParam String pe,
            @RequestParam(required = false) @Nullable String co) {
        ImportOptions options = ImportOptions.defaults(ChangeSource.API);
        ImportOptions delete = new ImportOptions(
                options.idScheme(), false, ImportOptions.ImportStrategy.DELETE, options.atomicMode(), options.source());
        return answer(values.importValues(List.of(new DataValueInput(de, pe, ou, co, null, null)), delete));
    }

    private static ResponseEntity<ImportSummaryResponse> answer(ImportSummary summary) {
        HttpStatus status = summary.status() == ImportSummary.Status.ERROR ? HttpStatus.CONFLICT : HttpStatus.OK;
        return ResponseEntity.status(status).body(ImportSummaryResponse.from(summary));
    }
}
