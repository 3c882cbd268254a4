package vn.toancanh.identity.web;

import org.jspecify.annotations.Nullable;
import vn.toancanh.identity.internal.UserInput;
import vn.toancanh.identity.internal.UserView;

/** The user form of the admin pages; {@code password} only on creation (reset is a separate form). */
record UserForm(
        @Nullable String username,
        @Nullable String fullName,
        @Nullable String email,
        @Nullable String role,
        @Nullable String unitCode,
        @Nullable Boolean enabled,
        @Nullable String password) {

    static UserForm empty() {
        return new UserForm("", "", "", "", "", true, "");
    }

    static UserForm from(UserView user) {
        return new UserForm(
                user.username(),
                user.fullName(),
                user.email(),
                user.role().name(),
                user.unit() == null ? "" : user.unit().code(),
                user.enabled(),
                "");
    }

    /** The edit form changes no password: resetting one is its own, audited action. */
    UserForm withoutPassword() {
        return new UserForm(username, fullName, email, role, unitCode, enabled, null);
    }

    UserInput toInput() {
        return new UserInput(username, fullName, email, role, unitCode, Boolean.TRUE.equals(enabled), password);
    }
}
