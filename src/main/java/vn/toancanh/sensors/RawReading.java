package vn.toancanh.sensors;

import org.jspecify.annotations.Nullable;

/**
 * A reading as a station's logger sends it, every field as text, so each mistake can be named on its row: the
 * station code, the measure ({@code WATER_LEVEL}, …), the time (ISO 8601 with an offset, or a local time in
 * Vietnam) and the value (3.42; 3,42 also reads).
 */
public record RawReading(
        @Nullable String station,
        @Nullable String measure,
        @Nullable String time,
        @Nullable String value) {}
