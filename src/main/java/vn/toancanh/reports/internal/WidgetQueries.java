package vn.toancanh.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.dashboard.ChartType;
import vn.toancanh.dashboard.WidgetView;
import vn.toancanh.reports.ReportTable;

/**
 * The analytics query a dashboard widget draws, as its renderer ({@code dashboard-widgets.js}) asks it before any
 * drill-down: the items as rows, periods as columns, pies and gauges for one period. Figures of a moment (cards,
 * gauges, pies) follow the page's period unless the widget locks it, as on the page.
 */
public final class WidgetQueries {

    private static final List<ChartType> POINT_TYPES = List.of(ChartType.SINGLE, ChartType.GAUGE, ChartType.PIE);

    private WidgetQueries() {}

    /** The widget's query, or empty for widgets that are not figures (maps, warnings, placeholders). */
    public static Optional<AnalyticsRequest> of(
            WidgetView widget, String unit, @Nullable String pagePeriod, boolean periodLocked, boolean english) {
        if (widget.dx().isEmpty()
                || widget.type() == ChartType.MAP
                || widget.type() == ChartType.WARNINGS
                || widget.type() == ChartType.PLACEHOLDER) {
            return Optional.empty();
        }
        String pe = widget.pe();
        if (pagePeriod != null && POINT_TYPES.contains(widget.type()) && !periodLocked) {
            pe = pagePeriod;
        }
        List<String> dims = new ArrayList<>(List.of("dx:" + String.join(";", widget.dx())));
        List<String> filters = new ArrayList<>(List.of("ou:" + unit));
        boolean single = widget.dx().size() == 1;
        if ((widget.type() == ChartType.STACKED || widget.type() == ChartType.PIE) && single) {
            dims.add("co");
        }
        if (POINT_TYPES.contains(widget.type())) {
            filters.add("pe:" + pe);
        } else {
            dims.add("pe:" + pe);
        }
        return Optional.of(new AnalyticsRequest(dims, filters, null, english, false));
    }

    public static ReportTable.Chart chart(ChartType type) {
        return switch (type) {
            case LINE -> ReportTable.Chart.LINE;
            case COLUMN, STACKED -> ReportTable.Chart.BAR;
            case PIE -> ReportTable.Chart.PIE;
            default -> ReportTable.Chart.NONE;
        };
    }
}
