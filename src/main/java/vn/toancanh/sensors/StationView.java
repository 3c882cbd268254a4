package vn.toancanh.sensors;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A monitoring station.
 *
 * @param unitId the org_unit (a commune) the station stands in
 * @param river the river a water-level station watches; null for others
 * @param alarm1 water-level alarm level I in metres (báo động I); alarm2 and alarm3 are higher; null when not set
 */
public record StationView(
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
        boolean active) {

    /** The alarm level (0 below level I, else 1–3) a water level reaches at this station; 0 without thresholds. */
    public int alarmLevel(@Nullable BigDecimal waterLevel) {
        if (waterLevel == null) {
            return 0;
        }
        if (reaches(waterLevel, alarm3)) {
            return 3;
        }
        if (reaches(waterLevel, alarm2)) {
            return 2;
        }
        return reaches(waterLevel, alarm1) ? 1 : 0;
    }

    private static boolean reaches(BigDecimal value, @Nullable BigDecimal threshold) {
        return threshold != null && value.compareTo(threshold) >= 0;
    }
}
