package vn.toancanh.catalog.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.AggregationType;
import vn.toancanh.catalog.ValueType;

/**
 * The kinds of demo item and how each rolls up: a count of events sums over units and over time, a stock (a
 * population, a number of schools) sums over units but takes the last value over time, a rate averages.
 */
enum DemoKind {
    CNT(ValueType.INTEGER, AggregationType.SUM, AggregationType.SUM, BigDecimal.ZERO, null),
    AMT(ValueType.NUMBER, AggregationType.SUM, AggregationType.SUM, BigDecimal.ZERO, null),
    STK(ValueType.INTEGER, AggregationType.SUM, AggregationType.LAST, BigDecimal.ZERO, null),
    STN(ValueType.NUMBER, AggregationType.SUM, AggregationType.LAST, BigDecimal.ZERO, null),
    PCT(
            ValueType.PERCENTAGE,
            AggregationType.AVERAGE,
            AggregationType.AVERAGE,
            BigDecimal.ZERO,
            BigDecimal.valueOf(100)),
    AVG(ValueType.NUMBER, AggregationType.AVERAGE, AggregationType.AVERAGE, null, null),
    TXT(ValueType.TEXT, AggregationType.NONE, AggregationType.NONE, null, null),
    BOO(ValueType.BOOLEAN, AggregationType.COUNT, AggregationType.NONE, null, null),
    DAT(ValueType.DATE, AggregationType.NONE, AggregationType.NONE, null, null);

    final ValueType valueType;
    final AggregationType aggregation;
    final AggregationType timeAggregation;
    final @Nullable BigDecimal min;
    final @Nullable BigDecimal max;

    DemoKind(
            ValueType valueType,
            AggregationType aggregation,
            AggregationType timeAggregation,
            @Nullable BigDecimal min,
            @Nullable BigDecimal max) {
        this.valueType = valueType;
        this.aggregation = aggregation;
        this.timeAggregation = timeAggregation;
        this.min = min;
        this.max = max;
    }

    boolean isFlow() {
        return this == CNT || this == AMT;
    }
}
