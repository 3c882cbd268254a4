package vn.toancanh.portal.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How many published values a dataset holds, its period range and when a value last changed. */
public record DatasetStats(
        long values,
        @Nullable String firstPeriod,
        @Nullable String lastPeriod,
        @Nullable Instant modified) {

    static final DatasetStats EMPTY = new DatasetStats(0, null, null, null);
}
