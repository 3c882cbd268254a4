package vn.toancanh.identity.internal;

import org.jspecify.annotations.Nullable;
import vn.toancanh.identity.Role;

/** A {@link UserInput} that passed validation, with its unit resolved to an id. */
record ValidUser(
        String username,
        String fullName,
        @Nullable String email,
        Role role,
        @Nullable Long unitId,
        boolean enabled) {}
