package vn.toancanh.alerts.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One delivery of the outbox.
 *
 * @param kind RAISED, RESOLVED or TEST
 * @param channel WEBHOOK or EMAIL
 * @param recipient the webhook's name or the e-mail address
 * @param lastError why the latest attempt failed; never a secret or a header
 */
public record AlertNotificationView(
        long id,
        long eventId,
        String kind,
        int level,
        String channel,
        String recipient,
        String status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {

    public boolean failed() {
        return "FAILED".equals(status);
    }

    public String createdText() {
        return AlertNotificationTime.format(createdAt);
    }

    public String sentText() {
        return AlertNotificationTime.format(sentAt);
    }

    public String nextAttemptText() {
        return AlertNotificationTime.format(nextAttemptAt);
    }
}
