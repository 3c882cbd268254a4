package vn.toancanh.analytics.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.shared.ResponseRows;

/**
 * DHIS2-style {@code /api/analytics}: {@code dimension=dx:A;B&dimension=pe:LAST_12_MONTHS&filter=ou:312}, as JSON
 * (also {@code /api/analytics.json}), CSV ({@code .csv}) or Excel ({@code .xlsx}). The engine's time is in the
 * {@code Server-Timing} header.
 */
@RestController
@RequestMapping("/api")
class AnalyticsApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AnalyticsService analytics;

    AnalyticsApiController(AnalyticsService analytics) {
        this.analytics = analytics;
    }

    @GetMapping({"/analytics", "/analytics.json"})
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Aggregates over data items, indicators, periods and units (DHIS2 syntax)",
            description = "Example: dimension=dx:KT-TCKH-01-001;KT-TCKH-01-002&dimension=pe:LAST_12_MONTHS"
                    + "&filter=ou:312 — or ou:312;CHILDREN, ou:312;LEVEL-3, ou:312;OU_GROUP-COMMUNES; dx also takes"
                    + " DE_GROUP-code and ITEM.COMBO; dimension=co splits by disaggregation.")
    ResponseEntity<AnalyticsGrid> json(@ParameterObject AnalyticsParameters params, Locale requestLocale) {
        long start = System.nanoTime();
        AnalyticsGrid grid = analytics.query(params.toRequest(requestLocale), !params.rounding());
        ResponseRows.record(grid.rows().size());
        return ResponseEntity.ok().header("Server-Timing", timing(start)).body(grid);
    }

    @GetMapping("/analytics.csv")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The same query as CSV: one column per dimension (ids), then the value")
    void csv(@ParameterObject AnalyticsParameters params, Locale requestLocale, HttpServletResponse response)
            throws IOException {
        AnalyticsGrid grid = analytics.query(params.toRequest(requestLocale), !params.rounding());
        ResponseRows.record(grid.rows().size());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"analytics.csv\"");
        GridFiles.csv(grid, response.getOutputStream());
    }

    @GetMapping("/analytics.xlsx")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The same query as an Excel sheet with names and numbers, for people")
    void xlsx(@ParameterObject AnalyticsParameters params, Locale requestLocale, HttpServletResponse response)
            throws IOException {
        AnalyticsGrid grid = analytics.query(params.toRequest(requestLocale), !params.rounding());
        ResponseRows.record(grid.rows().size());
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"analytics.xlsx\"");
        GridFiles.xlsx(grid, response.getOutputStream());
    }

    private static String timing(long start) {
        return "engine;dur=" + String.format(Locale.ROOT, "%.2f", (System.nanoTime() - start) / 1e6);
    }
}
