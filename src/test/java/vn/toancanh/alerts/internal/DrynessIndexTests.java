package vn.toancanh.alerts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.toancanh.sensors.DailyWeather;

/** The dryness index against values worked out by hand (Magnus saturation pressure, T × deficit). */
class DrynessIndexTests {

    private static DailyWeather day(int n, String t, String h, String rain) {
        return new DailyWeather(
                "S", LocalDate.of(2026, 11, 1).plusDays(n), new BigDecimal(t), new BigDecimal(h), new BigDecimal(rain));
    }

    @Test
    void aDayAddsTemperatureTimesTheSaturationDeficit() {
        // E(33 °C) = 6.1078 × 10^(7.5 × 33 / 270.3) = 50.29 hPa; 55 % of it missing; × 33
        assertThat(DrynessIndex.daily(33, 45)).isCloseTo(912.87, within(0.01));
        assertThat(DrynessIndex.daily(30, 60)).isCloseTo(509.12, within(0.01));
        assertThat(DrynessIndex.daily(25, 100)).isZero();
        assertThat(DrynessIndex.daily(-2, 50)).isZero();
    }

    @Test
    void rainResetsItAndTheLevelsFollowTheBounds() {
        List<DailyWeather> days = new ArrayList<>();
        days.add(day(0, "33", "45", "0"));
        days.add(day(1, "33", "45", "0"));
        days.add(day(2, "25", "90", "12")); // a rainy day: back to zero
        for (int i = 3; i < 7; i++) {
            days.add(day(i, "33", "45", "2.5")); // light rain does not reset it
        }
        DrynessIndex.Result r = DrynessIndex.of(days, DrynessIndex.DEFAULT_RAIN_RESET);
        assertThat(r.index()).isCloseTo(3651.49, within(0.01));
        assertThat(r.dryDays()).isEqualTo(4);
        assertThat(r.last().day()).isEqualTo(LocalDate.of(2026, 11, 7));
        assertThat(DrynessIndex.level(r.index(), DrynessIndex.DEFAULT_BOUNDS)).isEqualTo(3);
        assertThat(DrynessIndex.level(999, DrynessIndex.DEFAULT_BOUNDS)).isEqualTo(1);
        assertThat(DrynessIndex.level(1000, DrynessIndex.DEFAULT_BOUNDS)).isEqualTo(2);
        assertThat(DrynessIndex.level(10000, DrynessIndex.DEFAULT_BOUNDS)).isEqualTo(5);
        assertThat(DrynessIndex.of(days, new BigDecimal("2")).index()).isZero();
    }
}
