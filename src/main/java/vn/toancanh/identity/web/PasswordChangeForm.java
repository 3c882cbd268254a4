package vn.toancanh.identity.web;

import org.jspecify.annotations.Nullable;

/** The password change form; the values are never sent back to the page. */
record PasswordChangeForm(
        @Nullable String currentPassword,
        @Nullable String newPassword,
        @Nullable String confirmPassword) {}
