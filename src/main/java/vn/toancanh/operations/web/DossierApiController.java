package vn.toancanh.operations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.operations.DossierFilter;
import vn.toancanh.operations.DossierInput;
import vn.toancanh.operations.DossierService;
import vn.toancanh.operations.DossierStatus;
import vn.toancanh.operations.DossierView;
import vn.toancanh.operations.ImportResult;
import vn.toancanh.operations.Timeliness;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;

/** One-stop-shop dossiers for the one-stop-shop system (import) and for officers and leaders (lists, one dossier). */
@RestController
@RequestMapping("/api/operations/dossiers")
@Tag(name = "Hồ sơ một cửa", description = "One-stop-shop dossiers: idempotent import, lists, status history")
class DossierApiController {

    private final DossierService dossiers;

    DossierApiController(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN','DEPARTMENT_OFFICER','COMMUNE_OFFICER','PARTNER_OFFICER')")
    @Operation(
            summary = "Imports dossiers by code: all or none; each mistake named as rows[n].field",
            description = "Sending the same dossiers again changes nothing; a new status is added to the history.")
    ImportResult importJson(@RequestBody List<DossierInput> rows) {
        return dossiers.importDossiers(rows);
    }

    @PostMapping(consumes = {"text/csv", "application/csv"})
    @PreAuthorize("hasAnyRole('ADMIN','DEPARTMENT_OFFICER','COMMUNE_OFFICER','PARTNER_OFFICER')")
    @Operation(summary = "The same from a CSV file whose header has the JSON field names")
    ImportResult importCsv(@RequestBody byte[] csv) {
        return dossiers.importCsv(csv);
    }

    @PostMapping(consumes = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @PreAuthorize("hasAnyRole('ADMIN','DEPARTMENT_OFFICER','COMMUNE_OFFICER','PARTNER_OFFICER')")
    @Operation(summary = "The same from an Excel workbook: the first sheet, the JSON field names in its first row")
    ImportResult importExcel(@RequestBody byte[] workbook) {
        return dossiers.importExcel(workbook);
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The dossiers the caller may read, newest first; applicants masked")
    PageResult<DossierView> list(
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer pageSize,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable DossierStatus status,
            @RequestParam(required = false) @Nullable Timeliness timeliness,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate receivedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate receivedTo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate completedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate completedTo) {
        return dossiers.list(
                PageQuery.of(page, pageSize, q, sort),
                new DossierFilter(
                        unit, sector, status, timeliness, receivedFrom, receivedTo, completedFrom, completedTo));
    }

    @GetMapping("/{code}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One dossier with its status history")
    DossierView get(@PathVariable String code) {
        return dossiers.get(code);
    }
}
