package vn.toancanh.alerts.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.toancanh.alerts.AlertSeverity;

/**
 * What a rule found wrong about one subject now. The subject names what the event is about ({@code ou:312-TCKH},
 * {@code station:TRAM-CAM-1}, {@code form:BC-01:202611}); an event stays open while its subject is found again.
 */
record Finding(
        String subject,
        AlertSeverity severity,
        int level,
        @Nullable Long unitId,
        String title,
        String cause,
        @Nullable String link,
        @Nullable BigDecimal value,
        @Nullable Double lat,
        @Nullable Double lon) {

    /** The higher of two severities: a flood at alarm III is critical whatever the rule says. */
    static AlertSeverity atLeast(AlertSeverity a, AlertSeverity b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
