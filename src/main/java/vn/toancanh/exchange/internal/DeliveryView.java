package vn.toancanh.exchange.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One webhook call to make or made: a batch of changes, its attempts and state (PENDING, DELIVERED, DEAD). */
public record DeliveryView(
        long id,
        long subscriptionId,
        String event,
        int itemCount,
        String status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant deliveredAt) {}
