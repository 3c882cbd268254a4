package vn.toancanh.alerts.internal;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.sensors.DailyWeather;

/**
 * The cumulative dryness index used for forest-fire danger in Vietnam (after Nesterov): each day without enough rain
 * adds the early-afternoon temperature times the saturation deficit, {@code P += T × (E(T) − e)} in °C × hPa, where
 * E is the saturation vapour pressure (Magnus) and e = E × humidity; a day with at least {@code rainReset} mm of rain
 * starts it again from zero. Levels: I below the first bound, V from the last.
 */
final class DrynessIndex {

    /** The index after the last day, and the days since it was last reset. */
    record Result(double index, int dryDays, @Nullable DailyWeather last) {}

    static final List<BigDecimal> DEFAULT_BOUNDS =
            List.of(new BigDecimal("1000"), new BigDecimal("2500"), new BigDecimal("5000"), new BigDecimal("10000"));
    static final BigDecimal DEFAULT_RAIN_RESET = new BigDecimal("5");

    private DrynessIndex() {}

    /** Over {@code days}, oldest first; days without temperature or humidity add nothing. */
    static Result of(List<DailyWeather> days, BigDecimal rainReset) {
        double index = 0;
        int dry = 0;
        DailyWeather last = null;
        for (DailyWeather d : days) {
            last = d;
            if (d.rainfall() != null && d.rainfall().compareTo(rainReset) >= 0) {
                index = 0;
                dry = 0;
                continue;
            }
            dry++;
            if (d.temperature() != null && d.humidity() != null) {
                index += daily(d.temperature().doubleValue(), d.humidity().doubleValue());
            }
        }
        return new Result(index, dry, last);
    }

    /** One day's addition: temperature × saturation deficit (hPa), never negative. */
    static double daily(double temperature, double humidity) {
        double saturation = 6.1078 * Math.pow(10, 7.5 * temperature / (237.3 + temperature));
        double deficit = saturation * (1 - Math.min(100, Math.max(0, humidity)) / 100);
        return Math.max(0, temperature * deficit);
    }

    /** The danger level I–V (1–5) of an index against the lower bounds of levels II–V. */
    static int level(double index, List<BigDecimal> bounds) {
        int level = 1;
        for (BigDecimal b : bounds) {
            if (index >= b.doubleValue()) {
                level++;
            }
        }
        return level;
    }

    static String name(int level) {
        return switch (level) {
            case 1 -> "ít có khả năng cháy";
            case 2 -> "có khả năng cháy";
            case 3 -> "cấp cao, dễ cháy";
            case 4 -> "nguy hiểm";
            default -> "cực kỳ nguy hiểm";
        };
    }
}
