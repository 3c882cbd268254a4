package vn.toancanh.portal.internal;

import org.jspecify.annotations.Nullable;

/**
 * A headline figure: a public item's latest yearly value for a unit, with the year before for comparison.
 *
 * @param datasetCode the public group it belongs to, for a link to its open data
 */
public record Figure(
        String itemCode,
        String name,
        @Nullable String unitOfMeasure,
        String datasetCode,
        int year,
        double value,
        @Nullable Double previous) {

    /** The change from the year before in percent; null without a previous value or from zero. */
    public @Nullable Double changePercent() {
        return previous == null || previous == 0 ? null : (value - previous) / Math.abs(previous) * 100;
    }
}
