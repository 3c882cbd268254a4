package vn.toancanh.reporting;

import org.jspecify.annotations.Nullable;

/**
 * A value of a report far outside its series' usual range (the item, unit and period's history in analytics): a
 * warning to check before sending, not an error.
 *
 * @param low the bottom of the usual range
 * @param high its top
 */
public record UnusualValue(
        String itemCode,
        String itemName,
        double value,
        double low,
        double high,
        @Nullable String unitOfMeasure) {}
