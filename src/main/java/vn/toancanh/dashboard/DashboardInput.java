package vn.toancanh.dashboard;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dashboard as a client sends it: its widgets, in order, replace the previous ones.
 *
 * @param sharedRoles role names ({@code LEADER}, {@code VIEWER}, …)
 * @param sharedUnits unit codes ({@code 312-TCKH}, {@code 11584})
 */
public record DashboardInput(
        @Nullable String title,
        @Nullable String titleEn,
        @Nullable List<String> sharedRoles,
        @Nullable List<String> sharedUnits,
        @Nullable Integer rotationSeconds,
        @Nullable Boolean onWall,
        @Nullable List<WidgetInput> widgets) {}
