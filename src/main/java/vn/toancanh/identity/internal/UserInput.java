package vn.toancanh.identity.internal;

import org.jspecify.annotations.Nullable;

/**
 * What an admin sends to create or change a user, before validation (so every field may be missing or wrong).
 *
 * @param unitCode the unit's code, looked up through {@link vn.toancanh.identity.UnitDirectory}
 * @param password required on create; on update null or blank keeps the current password
 */
public record UserInput(
        @Nullable String username,
        @Nullable String fullName,
        @Nullable String email,
        @Nullable String role,
        @Nullable String unitCode,
        boolean enabled,
        @Nullable String password) {}
