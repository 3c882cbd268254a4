package vn.toancanh.identity.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Narrows the audit log; null or blank fields do not filter.
 *
 * @param username part of the user name
 * @param action exact action, e.g. LOGIN_FAILURE
 * @param entityType exact entity type, e.g. app_user
 * @param from first day included (Vietnam time)
 * @param to last day included (Vietnam time)
 * @param text part of the entity key, the details or the user name
 */
public record AuditFilter(
        @Nullable String username,
        @Nullable String action,
        @Nullable String entityType,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String text) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);
}
