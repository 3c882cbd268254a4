package vn.toancanh.alerts.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.alerts.AlertRuleKind;
import vn.toancanh.alerts.AlertSeverity;
import vn.toancanh.alerts.FireLevels;
import vn.toancanh.sensors.Measure;
import vn.toancanh.sensors.ReadingView;
import vn.toancanh.sensors.SensorService;
import vn.toancanh.sensors.StationKind;
import vn.toancanh.sensors.StationView;
import vn.toancanh.shared.PageFormats;

/**
 * Flood alarm levels I, II and III of each water-level station from its latest reading against its thresholds; level
 * III is critical, II at least a warning.
 */
@Component
class FloodEvaluator implements RuleEvaluator {

    private final SensorService sensors;

    FloodEvaluator(SensorService sensors) {
        this.sensors = sensors;
    }

    @Override
    public AlertRuleKind kind() {
        return AlertRuleKind.FLOOD;
    }

    @Override
    public List<Finding> evaluate(StoredRule rule) {
        List<Finding> out = new ArrayList<>();
        for (StationView s : sensors.stations()) {
            if (!s.active() || s.kind() != StationKind.WATER_LEVEL || !covers(rule, s)) {
                continue;
            }
            Optional<ReadingView> latest = sensors.latest(s.code(), Measure.WATER_LEVEL);
            int level = latest.map(r -> s.alarmLevel(r.value())).orElse(0);
            if (level == 0) {
                continue;
            }
            ReadingView r = latest.get();
            AlertSeverity severity = level == 3
                    ? AlertSeverity.CRITICAL
                    : level == 2 ? Finding.atLeast(rule.severity(), AlertSeverity.WARNING) : rule.severity();
            String where = s.river() == null ? s.name() : "sông " + s.river() + " tại " + s.name();
            out.add(new Finding(
                    "station:" + s.code(),
                    severity,
                    level,
                    s.unitId(),
                    "Mực nước " + where + " vượt báo động " + FireLevels.roman(level),
                    "Mực nước " + metres(r.value()) + " lúc " + PageFormats.INSTANCE.time(r.observedAt())
                            + " (báo động I: " + metres(s.alarm1()) + ", II: " + metres(s.alarm2()) + ", III: "
                            + metres(s.alarm3()) + ")",
                    "/sensors/" + s.code(),
                    r.value(),
                    s.lat(),
                    s.lon()));
        }
        return out;
    }

    static boolean covers(StoredRule rule, StationView s) {
        return rule.target() == null || rule.target().isBlank() || rule.target().equals(s.code());
    }

    private static String metres(@Nullable BigDecimal m) {
        return m == null ? "—" : PageFormats.INSTANCE.number(m) + " m";
    }
}
