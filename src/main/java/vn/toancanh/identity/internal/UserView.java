package vn.toancanh.identity.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.UnitDirectory.UnitRef;

/** A user as the admin pages and the API show it: never the password hash. */
public record UserView(
        long id,
        String username,
        String fullName,
        @Nullable String email,
        Role role,
        @Nullable Long unitId,
        @Nullable UnitRef unit,
        boolean enabled,
        int failedAttempts,
        @Nullable Instant lockedUntil,
        @Nullable Instant lastLoginAt,
        Instant createdAt) {

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }

    public String lastLoginText() {
        return DisplayTime.format(lastLoginAt);
    }

    public String lockedUntilText() {
        return DisplayTime.format(lockedUntil);
    }

    UserView withUnit(@Nullable UnitRef ref) {
        return new UserView(
                id,
                username,
                fullName,
                email,
                role,
                unitId,
                ref,
                enabled,
                failedAttempts,
                lockedUntil,
                lastLoginAt,
                createdAt);
    }
}
