package vn.toancanh.sensors.web;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.sensors.SeriesView;
import vn.toancanh.sensors.StationView;

/**
 * A series for a chart: the station's alarm levels (water level), the step in seconds (null for raw readings), how
 * steps were combined, and the points as [time, value].
 */
record SeriesResponse(
        String station,
        String measure,
        String unit,
        String from,
        String to,
        @Nullable Long stepSeconds,
        String aggregation,
        @Nullable BigDecimal alarm1,
        @Nullable BigDecimal alarm2,
        @Nullable BigDecimal alarm3,
        List<Point> readings) {

    record Point(String time, BigDecimal value) {}

    static SeriesResponse from(SeriesView s) {
        StationView st = s.station();
        boolean level = s.measure() == vn.toancanh.sensors.Measure.WATER_LEVEL;
        return new SeriesResponse(
                st.code(),
                s.measure().name(),
                s.measure().unit(),
                s.from().toString(),
                s.to().toString(),
                s.step() == null ? null : s.step().toSeconds(),
                s.aggregation(),
                level ? st.alarm1() : null,
                level ? st.alarm2() : null,
                level ? st.alarm3() : null,
                s.readings().stream()
                        .map(r -> new Point(r.observedAt().toString(), r.value()))
                        .toList());
    }
}
