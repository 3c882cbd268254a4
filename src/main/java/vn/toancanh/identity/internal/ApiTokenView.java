package vn.toancanh.identity.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.toancanh.identity.ApiScope;

/** A personal API token as its owner sees it in the list: never the token itself, only its first characters. */
public record ApiTokenView(
        long id,
        String name,
        String prefix,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        @Nullable ApiScope scope) {

    public boolean active() {
        return revokedAt == null && expiresAt.isAfter(Instant.now());
    }

    public String createdText() {
        return DisplayTime.format(createdAt);
    }

    public String expiresText() {
        return DisplayTime.format(expiresAt);
    }

    public String lastUsedText() {
        return DisplayTime.format(lastUsedAt);
    }

    /** ACTIVE, EXPIRED or REVOKED: the key of the status text. */
    public String status() {
        if (revokedAt != null) {
            return "REVOKED";
        }
        return active() ? "ACTIVE" : "EXPIRED";
    }
}
