package vn.toancanh.analytics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the decision-support queries answer: growth, rankings, forecasts and outliers. */
public final class DecisionViews {

    private DecisionViews() {}

    /**
     * A figure against the same period a year before.
     *
     * @param growthPercent (value − previous) / |previous| × 100; null when either is missing or previous is zero
     */
    public record Growth(
            String dx,
            String pe,
            String ou,
            @Nullable Double value,
            String previousPe,
            @Nullable Double previousValue,
            @Nullable Double growthPercent) {}

    /**
     * A target of a year against the actual figure (the year so far for the current year).
     *
     * @param percent actual / target × 100
     * @param status ACHIEVED, NEAR (within 10%), BEHIND or NO_DATA
     */
    public record TargetStatus(
            String dx,
            String ou,
            String ouName,
            int year,
            double target,
            @Nullable Double actual,
            @Nullable Double percent,
            String direction,
            String status) {}

    /** One unit's place in a ranking: 1 is the highest value (or the lowest with ascending order). */
    public record RankedUnit(String ou, String name, double value, int rank, int of) {}

    /** A series' recent history and its forecast with an approximate 95% interval. */
    public record Forecast(String dx, String ou, String method, List<Point> history, List<ForecastPoint> forecast) {}

    public record Point(String pe, double value) {}

    public record ForecastPoint(String pe, double value, double lower, double upper) {}

    /**
     * A value far from its series' usual range, with the names a page shows (in the catalog's and the organisation's
     * language, as the analytics metadata gives them).
     *
     * @param score the z-score (method ZSCORE) or the modified z-score from the median and MAD (method MEDIAN)
     * @param low the lower end of the usual range
     * @param high the upper end of the usual range
     * @param dxName the data item's or indicator's name
     * @param peName the period's label, e.g. {@code Tháng 10/2026}
     * @param ouName the unit's name
     * @param unitOfMeasure the data item's unit of measure, if it has one
     */
    public record Outlier(
            String dx,
            String pe,
            String ou,
            double value,
            double score,
            double low,
            double high,
            String method,
            String dxName,
            String peName,
            String ouName,
            @Nullable String unitOfMeasure) {}
}
