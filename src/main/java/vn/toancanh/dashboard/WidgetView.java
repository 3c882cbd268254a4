package vn.toancanh.dashboard;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One chart of a dashboard: what to ask analytics ({@code dx} items or indicators, period {@code pe}, unit
 * {@code ou}; empty = the district) and how to draw it.
 *
 * @param width grid columns out of 12 on a wide screen
 * @param options a small JSON object: {@code lockPeriod} (the page's period selector leaves {@code pe} alone),
 *     {@code target} (show the status against the year's target), {@code module} (of a placeholder),
 *     {@code method} (of a warnings widget: {@code MEDIAN}, the default, or {@code ZSCORE})
 */
public record WidgetView(
        long id,
        int position,
        int width,
        ChartType type,
        String title,
        @Nullable String titleEn,
        List<String> dx,
        String pe,
        String ou,
        String options) {

    public WidgetView {
        dx = List.copyOf(dx);
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : title;
    }
}
