package vn.toancanh.identity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling, as other modules need to know it: for scope checks ({@code unitId}) and audit ({@code username}).
 *
 * @param unitId the org_unit id the user belongs to; null for users without a unit (admins, leaders)
 * @param dataGroups the data groups this caller's writes are limited to (an external system's key); empty for no such
 *     limit, as for every signed-in user
 */
public record CurrentUser(
        long id,
        String username,
        String fullName,
        Role role,
        @Nullable Long unitId,
        List<String> dataGroups) {

    public CurrentUser {
        dataGroups = List.copyOf(dataGroups);
    }

    public CurrentUser(long id, String username, String fullName, Role role, @Nullable Long unitId) {
        this(id, username, fullName, role, unitId, List.of());
    }

    /** The identity background work and demo loading run as. */
    public static final CurrentUser SYSTEM = new CurrentUser(0, "system", "Hệ thống", Role.ADMIN, null);

    /** Whether this caller may write values of the group (always, unless its key names groups). */
    public boolean writesGroup(@Nullable String groupCode) {
        return dataGroups.isEmpty() || (groupCode != null && dataGroups.contains(groupCode));
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Admins and leaders read everything; everyone else reads what sharing allows (decided by the owning module). */
    public boolean readsAll() {
        return role == Role.ADMIN || role == Role.LEADER;
    }
}
