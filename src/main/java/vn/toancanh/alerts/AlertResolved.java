package vn.toancanh.alerts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An alert event was resolved: by a person, or by the system when its cause went away ({@code by} = "system"). */
public record AlertResolved(
        long eventId,
        String ruleCode,
        AlertSeverity severity,
        @Nullable Long unitId,
        String title,
        Instant resolvedAt,
        String by) {}
