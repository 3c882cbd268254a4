package vn.toancanh.portal.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A small bar chart the page draws as SVG on the server: no script, readable without one, with a table for screen
 * readers beside it.
 *
 * @param bars in display order, each with its share of the largest bar (0–100)
 */
public record BarChart(String title, @Nullable String unitOfMeasure, String datasetCode, List<Bar> bars) {

    public record Bar(String label, double value, double share) {}

    static BarChart of(String title, @Nullable String unit, String dataset, List<String> labels, List<Double> values) {
        double max = values.stream().mapToDouble(Math::abs).max().orElse(0);
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double v = values.get(i);
            bars.add(new Bar(labels.get(i), v, max == 0 ? 0 : Math.abs(v) / max * 100));
        }
        return new BarChart(title, unit, dataset, bars);
    }
}
