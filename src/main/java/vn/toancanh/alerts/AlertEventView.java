package vn.toancanh.alerts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An alert event as officers see it.
 *
 * @param level the rule's level (flood alarm I–III, fire danger I–V), 0 without levels
 * @param link the page of the figure or record behind it
 * @param lat where to mark it on the map (a station's place), null when it concerns a unit as a whole
 */
public record AlertEventView(
        long id,
        String ruleCode,
        String ruleName,
        AlertRuleKind kind,
        AlertSeverity severity,
        int level,
        @Nullable String unitCode,
        @Nullable String unitName,
        String title,
        String cause,
        @Nullable String link,
        @Nullable BigDecimal value,
        @Nullable Double lat,
        @Nullable Double lon,
        Instant openedAt,
        Instant updatedAt,
        @Nullable Instant acknowledgedAt,
        @Nullable String acknowledgedBy,
        @Nullable Instant resolvedAt,
        @Nullable String resolvedBy,
        @Nullable String resolution) {

    /** Sent with the JSON too, so other systems need not work it out. */
    @JsonProperty("state")
    public AlertState state() {
        if (resolvedAt != null) {
            return AlertState.RESOLVED;
        }
        return acknowledgedAt != null ? AlertState.ACKNOWLEDGED : AlertState.OPEN;
    }
}
