package vn.toancanh.analytics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.analytics.DecisionViews;
import vn.toancanh.shared.InvalidInputException;

/** Decision support over the analytics engine: growth, rankings, forecasts and outliers. */
@RestController
@RequestMapping("/api/analytics")
class DecisionApiController {

    private final AnalyticsService analytics;

    DecisionApiController(AnalyticsService analytics) {
        this.analytics = analytics;
    }

    @GetMapping("/targets")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Targets of a year against actual figures, e.g. dx=A;IND_B&ou=312;CHILDREN&year=2025")
    List<DecisionViews.TargetStatus> targets(@RequestParam String dx, @RequestParam String ou, @RequestParam int year) {
        if (year < 1900 || year > 2199) {
            throw InvalidInputException.of("year", "Năm phải từ 1900 đến 2199");
        }
        return analytics.targets(dx, ou, year);
    }

    @GetMapping("/growth")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Growth against the same period last year, e.g. dx=A;B&pe=THIS_QUARTER&ou=312;CHILDREN")
    List<DecisionViews.Growth> growth(
            @RequestParam String dx,
            @RequestParam String pe,
            @RequestParam String ou,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate relativePeriodDate) {
        return analytics.growth(dx, pe, ou, relativePeriodDate);
    }

    @GetMapping("/ranking")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Units ranked by one item or indicator, e.g. dx=A&pe=2025&ou=312;OU_GROUP-COMMUNES")
    List<DecisionViews.RankedUnit> ranking(
            @RequestParam String dx,
            @RequestParam String pe,
            @RequestParam String ou,
            @RequestParam(defaultValue = "desc") String order,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate relativePeriodDate) {
        return analytics.ranking(dx, pe, ou, order.equalsIgnoreCase("asc"), relativePeriodDate);
    }

    @GetMapping("/forecast")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Recent monthly history and a trend + seasonal forecast with a 95% interval")
    DecisionViews.Forecast forecast(
            @RequestParam String dx,
            @RequestParam String ou,
            @RequestParam(defaultValue = "36") int months,
            @RequestParam(defaultValue = "6") int horizon,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate relativePeriodDate) {
        return analytics.forecast(dx, ou, months, horizon, relativePeriodDate);
    }

    @GetMapping("/outliers")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Values far from their series' history (method ZSCORE or MEDIAN), strongest first")
    List<DecisionViews.Outlier> outliers(
            @RequestParam String dx,
            @RequestParam(defaultValue = "LAST_3_MONTHS") String pe,
            @RequestParam String ou,
            @RequestParam(defaultValue = "MEDIAN") String method,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate relativePeriodDate,
            @RequestParam(required = false)
                    @Parameter(description = "vi (default) or en: the language of the names")
                    @Nullable
                    String locale,
            Locale requestLocale) {
        String language = locale != null ? locale : requestLocale.getLanguage();
        boolean english = language.toLowerCase(Locale.ROOT).startsWith("en");
        return analytics.outliers(dx, pe, ou, method, relativePeriodDate, english);
    }
}
