package vn.toancanh.catalog;

import org.jspecify.annotations.Nullable;

/** An indicator as other modules see it: its normalised formula and how to show its value. */
public record IndicatorView(
        long id,
        String code,
        String name,
        @Nullable String nameEn,
        @Nullable String description,
        String expression,
        @Nullable String unitOfMeasure,
        int decimals,
        @Nullable String sectorCode,
        SharingLevel sharing,
        boolean active) {

    /** The parsed formula (the stored text always parses: it was checked when written). */
    public IndicatorExpression parsedExpression() {
        return IndicatorExpression.parse(expression);
    }

    /** The input that would recreate this indicator, for the edit form. */
    public IndicatorInput toInput() {
        return new IndicatorInput(
                code, name, nameEn, description, expression, unitOfMeasure, decimals, sectorCode, sharing, active);
    }
}
