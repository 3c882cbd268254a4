package vn.toancanh.identity.web;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.internal.UserView;

/** A user in the JSON API: never the password hash. */
record UserResponse(
        long id,
        String username,
        String fullName,
        @Nullable String email,
        Role role,
        @Nullable String unitCode,
        @Nullable String unitName,
        boolean enabled,
        boolean locked,
        @Nullable Instant lockedUntil,
        @Nullable Instant lastLoginAt,
        Instant createdAt) {

    static UserResponse from(UserView u) {
        return new UserResponse(
                u.id(),
                u.username(),
                u.fullName(),
                u.email(),
                u.role(),
                u.unit() == null ? null : u.unit().code(),
                u.unit() == null ? null : u.unit().name(),
                u.enabled(),
                u.locked(),
                u.lockedUntil(),
                u.lastLoginAt(),
                u.createdAt());
    }
}
