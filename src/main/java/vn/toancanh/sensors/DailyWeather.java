package vn.toancanh.sensors;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One day's weather at a station (days in Vietnam time), as the forest-fire dryness index needs it.
 *
 * @param temperature °C at about 13:00 (the reading nearest 13:00 between 12:00 and 14:00), else the day's maximum
 * @param humidity % at about 13:00, else the day's minimum
 * @param rainfall the day's total in mm
 */
public record DailyWeather(
        String stationCode,
        LocalDate day,
        @Nullable BigDecimal temperature,
        @Nullable BigDecimal humidity,
        @Nullable BigDecimal rainfall) {}
