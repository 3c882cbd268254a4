package vn.toancanh.sensors.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.toancanh.sensors.ReadingView;
import vn.toancanh.sensors.StationLatestView;
import vn.toancanh.sensors.StationView;

/**
 * The stations as a GeoJSON (RFC 7946) FeatureCollection of points: code, name, kind, river, alarm levels, the
 * current alarm level (0–3), whether the latest reading is older than {@link #STALE_AFTER}, and the latest value of
 * each measure ({@code latest: {WATER_LEVEL: {value, unit, time}}}).
 */
record LatestGeoJson(String type, List<Feature> features) {

    static final Duration STALE_AFTER = Duration.ofHours(6);

    record Feature(String type, String id, Map<String, Object> geometry, Map<String, Object> properties) {}

    static LatestGeoJson of(List<StationLatestView> stations, Instant now) {
        return new LatestGeoJson(
                "FeatureCollection", stations.stream().map(s -> feature(s, now)).toList());
    }

    private static Feature feature(StationLatestView l, Instant now) {
        StationView s = l.station();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", s.code());
        p.put("name", s.name());
        p.put("kind", s.kind().name());
        p.put("kindLabel", s.kind().labelVi());
        p.put("river", s.river());
        p.put("active", s.active());
        p.put("alarm1", s.alarm1());
        p.put("alarm2", s.alarm2());
        p.put("alarm3", s.alarm3());
        p.put("alarmLevel", l.alarmLevel());
        Instant newest = l.latest().stream()
                .map(ReadingView::observedAt)
                .max(Instant::compareTo)
                .orElse(null);
        p.put("observedAt", newest == null ? null : newest.toString());
        p.put("stale", newest == null || newest.isBefore(now.minus(STALE_AFTER)));
        Map<String, Object> latest = new LinkedHashMap<>();
        for (ReadingView r : l.latest()) {
            latest.put(
                    r.measure().name(),
                    Map.of(
                            "value", r.value(),
                            "unit", r.measure().unit(),
                            "label", r.measure().labelVi(),
                            "time", r.observedAt().toString()));
        }
        p.put("latest", latest);
        p.put("url", "/sensors/" + s.code());
        return new Feature("Feature", s.code(), Map.of("type", "Point", "coordinates", List.of(s.lon(), s.lat())), p);
    }
}
