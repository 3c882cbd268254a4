package vn.toancanh.reports.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.reports.ReportTable;

/** An analytics query as {@code /api/analytics} takes it, plus the report's title and how to chart it. */
record QuickReportParameters(
        @Schema(description = "dx:…, pe:…, ou:… or co[:…]; repeat for each dimension") @Nullable
        List<String> dimension,

        @Schema(description = "like dimension, aggregated over all its items") @Nullable
        List<String> filter,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate relativePeriodDate,

        @Schema(description = "the report's title; default the names of its items") @Nullable
        String title,

        @Schema(description = "NONE (default), BAR, LINE or PIE: a chart under the table")
        ReportTable.@Nullable Chart chart) {

    AnalyticsRequest toRequest(Locale locale) {
        return new AnalyticsRequest(
                dimension == null ? List.of() : dimension,
                filter == null ? List.of() : filter,
                relativePeriodDate,
                "en".equals(locale.getLanguage()),
                false);
    }

    ReportTable.Chart chartOrNone() {
        return chart == null ? ReportTable.Chart.NONE : chart;
    }
}
