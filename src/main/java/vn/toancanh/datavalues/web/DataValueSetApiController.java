package vn.toancanh.datavalues.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.datavalues.ImportSummary;
import vn.toancanh.datavalues.internal.io.DataValueSetReader;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.ResponseRows;

/**
 * DHIS2-compatible {@code /api/dataValueSets}: bulk import (JSON, CSV, a flat xlsx sheet) with its import summary, asynchronous jobs,
 * and export (JSON, CSV, Excel). Like DHIS2, an import that wrote nothing because of conflicts answers 409 with the
 * summary; SUCCESS and WARNING answer 200.
 */
@RestController
@RequestMapping("/api/dataValueSets")
class DataValueSetApiController {

    static final String CSV = "text/csv";
    static final String CSV_APPLICATION = "application/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DataValueService values;
    private final DataValueSetReader reader;
    private final JsonMapper json;

    DataValueSetApiController(DataValueService values, DataValueSetReader reader, JsonMapper json) {
        this.values = values;
        this.reader = reader;
        this.json = json;
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<?> importJson(@ModelAttribute ImportParameters params, HttpServletRequest request)
            throws IOException {
        ImportOptions options = params.toOptions(ChangeSource.IMPORT);
        return run(reader.readJson(request.getInputStream(), request.getContentLengthLong()), options, params, r -> r);
    }

    @PostMapping(consumes = {CSV, CSV_APPLICATION})
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<?> importCsv(@ModelAttribute ImportParameters params, HttpServletRequest request)
            throws IOException {
        ImportOptions options = params.toOptions(ChangeSource.IMPORT);
        return run(reader.readCsv(request.getInputStream(), request.getContentLengthLong()), options, params, r -> r);
    }

    @PostMapping(consumes = XLSX)
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<?> importXlsx(@ModelAttribute ImportParameters params, HttpServletRequest request)
            throws IOException {
        ImportOptions options = params.toOptions(ChangeSource.EXCEL);
        DataValueSetReader.XlsxRows sheet = reader.readXlsx(request.getInputStream(), request.getContentLengthLong());
        return run(sheet.rows(), options, params, sheet::sheetRow);
    }

    @GetMapping("/jobs/{id}")
    @PreAuthorize("isAuthenticated()")
    ImportJobResponse job(@PathVariable String id) {
        UUID jobId;
        try {
            jobId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw NotFoundException.of("tác vụ nhập", id);
        }
        return values.importJob(jobId)
                .map(ImportJobResponse::from)
                .orElseThrow(() -> NotFoundException.of("tác vụ nhập", id));
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    void export(
            @ModelAttribute ExportParameters params,
            @RequestHeader(name = "Accept", required = false) @Nullable String accept,
            HttpServletResponse response)
            throws IOException {
        ExportStream stream = new ExportStream(params.format(accept), response, json);
        long[] rows = {0};
        values.exportValues(params.toQuery(), v -> {
            rows[0]++;
            stream.accept(v);
        });
        stream.finish();
        ResponseRows.record(rows[0]);
    }

    private ResponseEntity<?> run(
            List<DataValueInput> rows, ImportOptions options, ImportParameters params, IntUnaryOperator rowNumbers) {
        if (params.isAsync()) {
            UUID id = values.submitImport(rows, options, rowNumbers);
            String location = "/api/dataValueSets/jobs/" + id;
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .header("Location", location)
                    .body(new ImportJobAcceptedResponse(id, location));
        }
        ImportSummary summary = values.importValues(rows, options).withRowNumbers(rowNumbers);
        ResponseRows.record(summary.dryRun() ? 0 : summary.imported() + summary.updated() + summary.deleted());
        HttpStatus status = summary.status() == ImportSummary.Status.ERROR ? HttpStatus.CONFLICT : HttpStatus.OK;
        return ResponseEntity.status(status).body(ImportSummaryResponse.from(summary));
    }
}
