package vn.toancanh.alerts.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.toancanh.alerts.AlertSeverity;

/**
 * A webhook subscription as admins see it, with how its deliveries went; never its secret.
 *
 * @param lastStatus the status of its latest delivery, null when it has had none
 */
public record WebhookView(
        long id,
        String name,
        String url,
        AlertSeverity minSeverity,
        boolean active,
        String createdBy,
        Instant createdAt,
        @Nullable String lastStatus,
        @Nullable Instant lastAt,
        long sent,
        long failed) {

    public String createdText() {
        return AlertNotificationTime.format(createdAt);
    }

    public String lastText() {
        return AlertNotificationTime.format(lastAt);
    }
}
