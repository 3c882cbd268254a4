package vn.toancanh.alerts.web;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.toancanh.alerts.internal.WebhookView;

/** A subscription without its secret, with its deliveries' outcome. */
record WebhookResponse(
        long id,
        String name,
        String url,
        String minSeverity,
        boolean active,
        String createdBy,
        Instant createdAt,
        @Nullable String lastStatus,
        @Nullable Instant lastAt,
        long sent,
        long failed) {

    static WebhookResponse from(WebhookView w) {
        return new WebhookResponse(
                w.id(),
                w.name(),
                w.url(),
                w.minSeverity().name(),
                w.active(),
                w.createdBy(),
                w.createdAt(),
                w.lastStatus(),
                w.lastAt(),
                w.sent(),
                w.failed());
    }
}
