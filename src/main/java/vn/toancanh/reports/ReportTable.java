package vn.toancanh.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table of figures: label columns (item, unit, …) then value columns (periods, or one "Giá trị"), numbers kept as
 * numbers so Excel can sum them.
 *
 * @param chart how the figures are best drawn, from the widget they come from
 * @param note a line under the table: source, unit of measure, time of the data
 */
public record ReportTable(
        String title,
        List<String> labelHeaders,
        List<String> valueHeaders,
        List<Row> rows,
        Chart chart,
        @Nullable String note) {

    public ReportTable {
        labelHeaders = List.copyOf(labelHeaders);
        valueHeaders = List.copyOf(valueHeaders);
        rows = List.copyOf(rows);
    }

    /** One line: its labels, then one value per value column (null where there is no figure). */
    public record Row(List<String> labels, List<@Nullable Double> values) {

        public Row {
            labels = List.copyOf(labels);
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    public enum Chart {
        NONE,
        BAR,
        LINE,
        PIE
    }

    /** The same table with {@code note} under it. */
    public ReportTable withNote(@Nullable String note) {
        return new ReportTable(title, labelHeaders, valueHeaders, rows, chart, note);
    }

    /** Charts draw at most this many series (rows); a longer table is charted by its first rows. */
    public static final int MAX_SERIES = 6;

    /** True when the value columns are a series (periods) to draw along, rather than one figure per row. */
    public boolean seriesAcross() {
        return valueHeaders.size() > 1;
    }

    /**
     * What a chart of this table draws: each row as a series across the value columns (periods), or, with a single
     * value column, one series of the rows' figures.
     */
    public List<ChartSeries> chartSeries() {
        List<ChartSeries> series = new ArrayList<>();
        if (seriesAcross()) {
            for (Row row : rows.subList(0, Math.min(rows.size(), MAX_SERIES))) {
                List<ChartPoint> points = new ArrayList<>();
                for (int c = 0; c < valueHeaders.size(); c++) {
                    points.add(new ChartPoint(valueHeaders.get(c), row.values().get(c)));
                }
                series.add(new ChartSeries(String.join(" – ", row.labels()), points));
            }
        } else if (!valueHeaders.isEmpty()) {
            List<ChartPoint> points = new ArrayList<>();
            for (Row row : rows) {
                points.add(new ChartPoint(
                        String.join(" – ", row.labels()), row.values().get(0)));
            }
            series.add(new ChartSeries(valueHeaders.get(0), points));
        }
        return series;
    }

    public record ChartSeries(String name, List<ChartPoint> points) {}

    public record ChartPoint(String label, @Nullable Double value) {}
}
