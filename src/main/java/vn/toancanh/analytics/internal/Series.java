package vn.toancanh.analytics.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.AggregationType;
import vn.toancanh.shared.PeriodType;

/**
 * The values of one item for one unit and disaggregation, in one period type: a dense array over period ordinals
 * ({@link PeriodOrdinals}), NaN where nothing is stored. Guarded by the {@link ValueIndex} lock.
 */
final class Series {

    final int unitIndex;
    final long unitId;
    final long optionComboId;
    final PeriodType type;
    private int base;
    private double[] values = new double[0];
    /** Whole-year aggregates of a monthly series for one time aggregation, built on first use, dropped on writes. */
    private volatile @Nullable YearCache years;

    private record YearCache(AggregationType type, int firstYear, double[] values) {}

    Series(int unitIndex, long unitId, long optionComboId, PeriodType type) {
        this.unitIndex = unitIndex;
        this.unitId = unitId;
        this.optionComboId = optionComboId;
        this.type = type;
    }

    int first() {
        return base;
    }

    /** One past the last ordinal the array covers. */
    int end() {
        return base + values.length;
    }

    double get(int ordinal) {
        int i = ordinal - base;
        return i >= 0 && i < values.length ? values[i] : Double.NaN;
    }

    /** The array itself, for the aggregation loops; index {@code ordinal - first()}. */
    double[] raw() {
        return values;
    }

    /**
     * The series' value over one whole year with {@code type} (NaN when it has none), for a monthly series: the broad
     * query of a domain overview asks this of every series, so it is worked out once per year until a value changes.
     */
    double year(int year, AggregationType type, QueryPlan.Ranges wholeYear) {
        YearCache cache = years;
        if (cache == null || cache.type() != type) {
            int firstYear = Math.floorDiv(base, 12);
            int lastYear = Math.floorDiv(base + Math.max(values.length, 1) - 1, 12);
            double[] out = new double[lastYear - firstYear + 1];
            for (int y = firstYear; y <= lastYear; y++) {
                int first = y * 12;
                out[y - firstYear] = Aggregator.overTime(
                        this, new QueryPlan.Ranges(new int[] {first}, new int[] {first + 11}, Integer.MIN_VALUE), type);
            }
            cache = new YearCache(type, firstYear, out);
            years = cache;
        }
        int i = year - cache.firstYear();
        return i >= 0 && i < cache.values().length ? cache.values()[i] : Double.NaN;
    }

    void set(int ordinal, double value) {
        years = null;
        if (values.length == 0) {
            base = ordinal;
            values = new double[] {value};
            return;
        }
        if (ordinal < base) {
            int grow = Math.max(base - ordinal, values.length / 2);
            double[] grown = new double[values.length + grow];
            Arrays.fill(grown, 0, grow, Double.NaN);
            System.arraycopy(values, 0, grown, grow, values.length);
            values = grown;
            base -= grow;
        } else if (ordinal >= base + values.length) {
            int size = Math.max(ordinal - base + 1, values.length + values.length / 2);
            double[] grown = Arrays.copyOf(values, size);
            Arrays.fill(grown, values.length, size, Double.NaN);
            values = grown;
        }
        values[ordinal - base] = value;
    }

    void clear(int ordinal) {
        years = null;
        int i = ordinal - base;
        if (i >= 0 && i < values.length) {
            values[i] = Double.NaN;
        }
    }

    long bytes() {
        return 48L + 8L * values.length;
    }
}
