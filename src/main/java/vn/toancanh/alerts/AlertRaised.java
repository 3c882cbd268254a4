package vn.toancanh.alerts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An alert event was opened, or an open one rose to a higher level (a flood from alarm I to II): whom to tell.
 *
 * @param eventId the alert event's id
 * @param level the rule's level for this event (flood alarm I–III, fire danger I–V), 0 when the rule has no levels
 * @param unitId the unit it concerns, null when none
 * @param link the page of the figure or record that caused it, relative to the application ({@code /sensors/TRAM-1})
 * @param escalated true when an open event rose to a higher level rather than being opened
 */
public record AlertRaised(
        long eventId,
        String ruleCode,
        String ruleName,
        AlertSeverity severity,
        int level,
        @Nullable Long unitId,
        @Nullable String unitName,
        String title,
        String cause,
        @Nullable String link,
        Instant openedAt,
        boolean escalated) {}
