package vn.toancanh.sensors.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.sensors.RawReading;

/**
 * {@code {"readings":[{"station":"…","measure":"WATER_LEVEL","time":"2026-09-10T07:00:00+07:00","value":3.42}]}};
 * every field read as sent, so a wrong one is named on its row rather than failing the whole request.
 */
record ReadingsRequest(@Nullable List<Item> readings) {

    record Item(
            @Nullable String station,
            @Nullable String measure,
            @Nullable String time,
            @Nullable Object value) {}

    List<RawReading> rows() {
        if (readings == null) {
            return List.of();
        }
        return readings.stream()
                .map(i -> i == null
                        ? new RawReading(null, null, null, null)
                        : new RawReading(
                                i.station(),
                                i.measure(),
                                i.time(),
                                i.value() == null ? null : i.value().toString()))
                .toList();
    }
}
