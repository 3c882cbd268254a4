package vn.toancanh.analytics.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.toancanh.analytics.AnalyticsRequest;

/** The query parameters of {@code /api/analytics} and its CSV and Excel forms, as DHIS2 names them. */
record AnalyticsParameters(
        @Schema(description = "dx:…, pe:…, ou:… or co[:…]; repeat for each dimension") @Nullable
        List<String> dimension,

        @Schema(description = "like dimension, aggregated over all its items") @Nullable
        List<String> filter,

        @Schema(description = "the day relative periods count from; default today")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable
        LocalDate relativePeriodDate,

        @Schema(description = "vi (default) or en: the language of the names") @Nullable
        String locale,

        @Nullable Boolean skipMeta,

        @Schema(description = "values with 10 decimals instead of 4 (indicators: their own)") @Nullable
        Boolean skipRounding) {

    AnalyticsRequest toRequest(Locale requestLocale) {
        String language = locale != null ? locale : requestLocale.getLanguage();
        return new AnalyticsRequest(
                dimension == null ? List.of() : dimension,
                filter == null ? List.of() : filter,
                relativePeriodDate,
                language.toLowerCase(Locale.ROOT).startsWith("en"),
                Boolean.TRUE.equals(skipMeta));
    }

    boolean rounding() {
        return !Boolean.TRUE.equals(skipRounding);
    }
}
