package vn.toancanh.portal.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One published figure: item, period, unit, disaggregation and value, with when it last changed. Never who entered it
 * or their comment.
 */
public record PublicValue(
        String itemCode,
        String itemName,
        @Nullable String unitOfMeasure,
        String period,
        String unitCode,
        String unitName,
        String disaggregation,
        String value,
        Instant lastUpdated) {}
