package vn.toancanh.analytics.internal;

import java.util.Arrays;
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

    void set(int ordinal, double value) {
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
        int i = ordinal - base;
        if (i >= 0 && i < values.length) {
            values[i] = Double.NaN;
        }
    }

    long bytes() {
        return 48L + 8L * values.length;
    }
}
