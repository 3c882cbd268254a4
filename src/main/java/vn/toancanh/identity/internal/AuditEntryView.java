package vn.toancanh.identity.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One audit log row. */
public record AuditEntryView(
        long id,
        Instant at,
        String username,
        String action,
        String entityType,
        @Nullable String entityKey,
        @Nullable String details,
        @Nullable String clientIp) {

    /** dd/MM/yyyy HH:mm:ss in Vietnam's time. */
    public String atText() {
        return DisplayTime.formatSeconds(at);
    }
}
