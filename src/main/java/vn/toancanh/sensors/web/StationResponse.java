package vn.toancanh.sensors.web;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.sensors.StationKind;
import vn.toancanh.sensors.StationLatestView;
import vn.toancanh.sensors.StationView;

/** A station as the API returns it, with its latest readings and alarm level (0–3) when listed. */
record StationResponse(
        String code,
        String name,
        StationKind kind,
        long unitId,
        double lat,
        double lon,
        @Nullable String river,
        @Nullable BigDecimal alarm1,
        @Nullable BigDecimal alarm2,
        @Nullable BigDecimal alarm3,
        boolean active,
        @Nullable Integer alarmLevel,
        List<LatestValue> latest) {

    record LatestValue(String measure, String unit, String time, BigDecimal value) {}

    static StationResponse from(StationView s) {
        return new StationResponse(
                s.code(),
                s.name(),
                s.kind(),
                s.unitId(),
                s.lat(),
                s.lon(),
                s.river(),
                s.alarm1(),
                s.alarm2(),
                s.alarm3(),
                s.active(),
                null,
                List.of());
    }

    static StationResponse from(StationLatestView l) {
        StationView s = l.station();
        return new StationResponse(
                s.code(),
                s.name(),
                s.kind(),
                s.unitId(),
                s.lat(),
                s.lon(),
                s.river(),
                s.alarm1(),
                s.alarm2(),
                s.alarm3(),
                s.active(),
                l.alarmLevel(),
                l.latest().stream()
                        .map(r -> new LatestValue(
                                r.measure().name(),
                                r.measure().unit(),
                                r.observedAt().toString(),
                                r.value()))
                        .toList());
    }
}
