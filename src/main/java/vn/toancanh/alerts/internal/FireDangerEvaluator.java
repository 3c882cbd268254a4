package vn.toancanh.alerts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.toancanh.alerts.AlertRuleKind;
import vn.toancanh.alerts.AlertSeverity;
import vn.toancanh.alerts.FireLevels;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.sensors.SensorService;
import vn.toancanh.sensors.StationKind;
import vn.toancanh.sensors.StationView;
import vn.toancanh.shared.PageFormats;

/**
 * Forest-fire danger I–V of the area of each weather station, from the dryness index over the last three months; an
 * alert from the rule's lowest level (III by default), level IV and V critical.
 */
@Component
class FireDangerEvaluator implements RuleEvaluator {

    private static final int LOOKBACK_DAYS = 90;

    private final SensorService sensors;
    private final OrganisationService organisation;

    FireDangerEvaluator(SensorService sensors, OrganisationService organisation) {
        this.sensors = sensors;
        this.organisation = organisation;
    }

    @Override
    public AlertRuleKind kind() {
        return AlertRuleKind.FIRE_DANGER;
    }

    @Override
    public List<Finding> evaluate(StoredRule rule) {
        LocalDate today = OrganisationService.today();
        int from = rule.thresholdOr(BigDecimal.valueOf(3)).intValue();
        List<BigDecimal> bounds = rule.levels().size() == 4 ? rule.levels() : DrynessIndex.DEFAULT_BOUNDS;
        BigDecimal reset = rule.rainReset() == null ? DrynessIndex.DEFAULT_RAIN_RESET : rule.rainReset();
        List<Finding> out = new ArrayList<>();
        for (StationView s : sensors.stations()) {
            if (!s.active() || s.kind() != StationKind.WEATHER || !FloodEvaluator.covers(rule, s)) {
                continue;
            }
            DrynessIndex.Result r =
                    DrynessIndex.of(sensors.daily(s.code(), today.minusDays(LOOKBACK_DAYS), today), reset);
            int level = DrynessIndex.level(r.index(), bounds);
            if (level < from) {
                continue;
            }
            String area = organisation.findById(s.unitId()).map(UnitView::name).orElse(s.name());
            BigDecimal index = BigDecimal.valueOf(r.index()).setScale(0, RoundingMode.HALF_UP);
            String weather = r.last() == null || r.last().temperature() == null
                    ? ""
                    : "; ngày " + PageFormats.INSTANCE.date(r.last().day()) + ": "
                            + PageFormats.INSTANCE.number(r.last().temperature()) + " °C, độ ẩm "
                            + PageFormats.INSTANCE.number(r.last().humidity()) + " %";
            out.add(new Finding(
                    "station:" + s.code(),
                    level >= 4 ? AlertSeverity.CRITICAL : Finding.atLeast(rule.severity(), AlertSeverity.WARNING),
                    level,
                    s.unitId(),
                    "Cấp dự báo cháy rừng cấp " + FireLevels.roman(level) + " (" + DrynessIndex.name(level) + ") tại "
                            + area,
                    "Chỉ số khô hạn P = " + PageFormats.INSTANCE.number(index) + " sau " + r.dryDays()
                            + " ngày không mưa đáng kể (" + s.name() + weather + ")",
                    "/sensors/" + s.code(),
                    index,
                    s.lat(),
                    s.lon()));
        }
        return out;
    }
}
