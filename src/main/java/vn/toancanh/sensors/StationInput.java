package vn.toancanh.sensors;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A station as an admin creates or changes it. {@code unit} is the code of the commune it stands in; alarm levels are
 * for water-level stations only, ascending; {@code active} defaults to true.
 */
public record StationInput(
        @Nullable String code,
        @Nullable String name,
        @Nullable StationKind kind,
        @Nullable String unit,
        @Nullable Double lat,
        @Nullable Double lon,
        @Nullable String river,
        @Nullable BigDecimal alarm1,
        @Nullable BigDecimal alarm2,
        @Nullable BigDecimal alarm3,
        @Nullable Boolean active) {}
