package vn.toancanh.exchange.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A client's key as the admin sees it and the gateway checks it: only its prefix, never the key. */
public record KeyView(
        long id,
        long clientId,
        String prefix,
        boolean read,
        boolean write,
        List<String> dataGroups,
        @Nullable String unitCode,
        List<EndpointFamily> families,
        int ratePerMinute,
        Instant expiresAt,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    public boolean usable(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
