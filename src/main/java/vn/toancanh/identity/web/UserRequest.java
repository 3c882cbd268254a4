package vn.toancanh.identity.web;

import org.jspecify.annotations.Nullable;
import vn.toancanh.identity.internal.UserInput;

/**
 * A user as a script creates or changes it.
 *
 * @param enabled missing means enabled
 * @param password required on create; on update missing keeps the current password
 */
record UserRequest(
        @Nullable String username,
        @Nullable String fullName,
        @Nullable String email,
        @Nullable String role,
        @Nullable String unitCode,
        @Nullable Boolean enabled,
        @Nullable String password) {

    UserInput toInput() {
        return new UserInput(username, fullName, email, role, unitCode, enabled == null || enabled, password);
    }
}
