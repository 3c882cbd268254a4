package vn.toancanh.dashboard;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A widget as a client sends it; validated by {@link DashboardService} (400 with every field problem). */
public record WidgetInput(
        @Nullable Integer width,
        @Nullable ChartType type,
        @Nullable String title,
        @Nullable String titleEn,
        @Nullable List<String> dx,
        @Nullable String pe,
        @Nullable String ou,
        @Nullable String options) {}
