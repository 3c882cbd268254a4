package vn.toancanh.analytics.internal;

import org.jspecify.annotations.Nullable;

/** An indicator in a query: its formula is evaluated on the aggregated values of its operands, cell by cell. */
record IndicatorPlan(
        String code,
        String name,
        @Nullable String nameEn,
        @Nullable String unitOfMeasure,
        int decimals) {}
