package vn.toancanh.datavalues;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A stored value, with codes resolved, as exports and the entry page show it. */
public record DataValueView(
        String dataElement,
        String period,
        String orgUnit,
        String categoryOptionCombo,
        String value,
        @Nullable String comment,
        String storedBy,
        Instant created,
        Instant lastUpdated) {}
