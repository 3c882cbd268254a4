package vn.toancanh.analytics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.analytics.AnalyticsService;

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
    ResponseEntity<AnalyticsGrid> json(
            @Parameter(description = "dx:…, pe:…, ou:… or co[:…]; repeat for each dimension")
                    @RequestParam(name = "dimension", required = false)
                    @Nullable
                    List<String> dimensions,
            @Parameter(description = "like dimension, aggregated over all its items")
                    @RequestParam(required = false)
                    @Nullable
                    List<String> filter,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate relativePeriodDate,
            @RequestParam(required = false) @Nullable String locale,
            @RequestParam(defaultValue = "false") boolean skipMeta,
            @RequestParam(defaultValue = "false") boolean skipRounding,
            Locale requestLocale) {
        long start = System.nanoTime();
        AnalyticsGrid grid = analytics.query(
                request(dimensions, filter, relativePeriodDate, locale, skipMeta, requestLocale), skipRounding);
        return ResponseEntity.ok().header("Server-Timing", timing(start)).body(grid);
    }

    @GetMapping("/analytics.csv")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The same query as CSV: one column per dimension (ids), then the value")
    void csv(
            @RequestParam(name = "dimension", required = false) @Nullable List<String> dimensions,
            @RequestParam(required = false) @Nullable List<String> filter,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate relativePeriodDate,
            @RequestParam(required = false) @Nullable String locale,
            Locale requestLocale,
            HttpServletResponse response)
            throws IOException {
        AnalyticsGrid grid =
                analytics.query(request(dimensions, filter, relativePeriodDate, locale, false, requestLocale));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"analytics.csv\"");
        GridFiles.csv(grid, response.getOutputStream());
    }

    @GetMapping("/analytics.xlsx")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The same query as an Excel sheet with names and numbers, for people")
    void xlsx(
            @RequestParam(name = "dimension", required = false) @Nullable List<String> dimensions,
            @RequestParam(required = false) @Nullable List<String> filter,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate relativePeriodDate,
            @RequestParam(required = false) @Nullable String locale,
            Locale requestLocale,
            HttpServletResponse response)
            throws IOException {
        AnalyticsGrid grid =
                analytics.query(request(dimensions, filter, relativePeriodDate, locale, false, requestLocale));
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"analytics.xlsx\"");
        GridFiles.xlsx(grid, response.getOutputStream());
    }

    private static AnalyticsRequest request(
            @Nullable List<String> dimensions,
            @Nullable List<String> filters,
            @Nullable LocalDate relativePeriodDate,
            @Nullable String locale,
            boolean skipMeta,
            Locale requestLocale) {
        String language = locale != null ? locale : requestLocale.getLanguage();
        return new AnalyticsRequest(
                dimensions == null ? List.of() : dimensions,
                filters == null ? List.of() : filters,
                relativePeriodDate,
                language.toLowerCase(Locale.ROOT).startsWith("en"),
                skipMeta);
    }

    private static String timing(long start) {
        return "engine;dur=" + String.format(Locale.ROOT, "%.2f", (System.nanoTime() - start) / 1e6);
    }
}
