package vn.toancanh.identity.web;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.identity.internal.UserFilter;

/** The role and unit filters of the user list, as the page and the API both read them. */
final class UserQueries {

    /** Matches no unit: a filter by an unknown unit code shows no users rather than all. */
    private static final long NO_UNIT = -1;

    private UserQueries() {}

    static UserFilter filter(UserAdminService users, @Nullable String role, @Nullable String unit) {
        Role r = Arrays.stream(Role.values())
                .filter(x -> x.name().equals(role))
                .findFirst()
                .orElse(null);
        Long unitId = unit == null || unit.isBlank() ? null : users.unitId(unit).orElse(NO_UNIT);
        return new UserFilter(r, unitId);
    }
}
