package vn.toancanh.sensors.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Random;
import vn.toancanh.organisation.OrganisationService;

/**
 * A plausible monsoon season in the Hải Phòng lowlands, hour by hour from 1 June: afternoon showers and rain bands,
 * a tropical storm on 7–9 September whose flood crosses alarm levels II and III on the Cấm river around 11 September
 * and recedes over a week, a drier October and a dry spell in the latest three weeks; tides on the rivers (about one
 * a day, larger at spring tide), a warm humid summer cooling into the north-east monsoon.
 */
final class DemoSeason {

    /** A river station: its normal level, tide amplitude and the storm flood's height above normal (m). */
    record River(double base, double tide, double flood, double phaseHours) {}

    private static final double TIDE_PERIOD_HOURS = 24.84;
    private static final double SPRING_NEAP_HOURS = 14.77 * 24;

    final Instant start;
    final int hours;
    final double[] rain;
    private final Instant stormPeak;
    private final Random random;

    DemoSeason(LocalDate today, Instant now, Random random) {
        int year = today.getMonthValue() >= 6 ? today.getYear() : today.getYear() - 1;
        this.start =
                LocalDate.of(year, 6, 1).atStartOfDay(OrganisationService.ZONE).toInstant();
        long span = Duration.between(start, now).toHours();
        this.hours = (int) Math.max(0, Math.min(span, 270L * 24));
        this.stormPeak = ZonedDateTime.of(year, 9, 11, 6, 0, 0, 0, OrganisationService.ZONE)
                .toInstant();
        this.random = random;
        this.rain = rain(now);
    }

    Instant at(int hour) {
        return start.plusSeconds(hour * 3600L);
    }

    ZonedDateTime local(int hour) {
        return at(hour).atZone(OrganisationService.ZONE);
    }

    /** Hourly rain (mm): a few events a week in summer, the storm, fewer in October, none in the last weeks. */
    private double[] rain(Instant now) {
        double[] mm = new double[hours];
        Instant dryFrom = now.minus(Duration.ofDays(21));
        for (int day = 0; day * 24 < hours; day++) {
            ZonedDateTime d = local(day * 24);
            int month = d.getMonthValue();
            double chance = month <= 8 ? 0.45 : month == 9 ? 0.35 : month == 10 ? 0.18 : 0.06;
            if (random.nextDouble() < chance) {
                int startHour = random.nextDouble() < 0.6 ? 13 + random.nextInt(5) : random.nextInt(24);
                int length = 1 + random.nextInt(month <= 9 ? 6 : 3);
                double peak = (month <= 9 ? 4 : 2) + random.nextDouble() * (month <= 8 ? 22 : 9);
                for (int h = 0; h < length; h++) {
                    add(mm, day * 24 + startHour + h, peak * Math.sin(Math.PI * (h + 0.5) / length));
                }
            }
        }
        // the storm: three days of heavy rain bands, about 320 mm
        int stormStart = (int)
                Duration.between(start, stormPeak.minus(Duration.ofDays(4))).toHours();
        for (int h = 0; h < 66; h++) {
            double band = 4 + 10 * Math.pow(Math.sin(Math.PI * h / 66), 2) * (0.6 + 0.8 * random.nextDouble());
            add(mm, stormStart + h, band);
        }
        for (int h = 0; h < hours; h++) {
            if (!at(h).isBefore(dryFrom)) {
                mm[h] = 0;
            }
        }
        return mm;
    }

    private void add(double[] mm, int hour, double value) {
        if (hour >= 0 && hour < mm.length) {
            mm[hour] += Math.max(0, value);
        }
    }

    /** The river's level (m) at the hour: seasonal normal, tide, runoff of the recent rain, the storm's flood. */
    double level(River river, int hour, double runoff) {
        double t = hour + river.phaseHours();
        double springNeap = 0.75 + 0.25 * Math.cos(2 * Math.PI * t / SPRING_NEAP_HOURS);
        double tide = river.tide() * springNeap * Math.cos(2 * Math.PI * t / TIDE_PERIOD_HOURS);
        double season = river.base() + 0.3 * Math.sin(Math.PI * Math.min(1, hour / (24.0 * 120)));
        double sinceStorm = Duration.between(stormPeak, at(hour)).toMinutes() / 60.0;
        double flood = sinceStorm < 0
                ? river.flood() * Math.exp(-Math.pow(sinceStorm / 40, 2))
                : river.flood() * Math.exp(-sinceStorm / 70);
        return season + tide + runoff + flood + random.nextGaussian() * 0.015;
    }

    /** Runoff (m) carried from one hour to the next: the rain raises the river, which drains in about two days. */
    double runoff(double previous, int hour) {
        return previous * Math.exp(-1.0 / 48) + rain[hour] * 0.0025;
    }

    /** Temperature (°C): summer near 29, cooling from October, coolest before dawn, warmest at 14:00. */
    double temperature(int hour, boolean dry) {
        ZonedDateTime t = local(hour);
        int doy = t.getDayOfYear();
        double mean = 29.5 - 10.5 * Math.pow(Math.max(0, doy - 244) / 120.0, 1.3);
        double amplitude = dry ? 5.0 : 3.2;
        double diurnal = amplitude * Math.cos(2 * Math.PI * (t.getHour() - 14) / 24.0);
        return mean + diurnal - Math.min(3, rain[hour] * 0.4) + random.nextGaussian() * 0.3;
    }

    /** Relative humidity (%): humid monsoon air, saturated in rain, drier each afternoon and in the dry spell. */
    double humidity(int hour, boolean dry) {
        ZonedDateTime t = local(hour);
        double base = dry ? 64 : 84;
        double afternoon = (dry ? 18 : 11) * Math.cos(2 * Math.PI * (t.getHour() - 14) / 24.0);
        double value = rain[hour] > 0.2 ? 95 + random.nextDouble() * 4 : base - afternoon + random.nextGaussian() * 2;
        return Math.max(25, Math.min(100, value));
    }

    static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
