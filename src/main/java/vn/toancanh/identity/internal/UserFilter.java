package vn.toancanh.identity.internal;

import org.jspecify.annotations.Nullable;
import vn.toancanh.identity.Role;

/** Narrows the user list; a null field does not filter. */
public record UserFilter(@Nullable Role role, @Nullable Long unitId) {

    public static final UserFilter NONE = new UserFilter(null, null);
}
