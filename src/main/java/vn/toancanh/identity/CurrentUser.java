package vn.toancanh.identity;

import org.jspecify.annotations.Nullable;

/**
 * Who is calling, as other modules need to know it: for scope checks ({@code unitId}) and audit ({@code username}).
 *
 * @param unitId the org_unit id the user belongs to; null for users without a unit (admins, leaders)
 */
public record CurrentUser(
        long id,
        String username,
        String fullName,
        Role role,
        @Nullable Long unitId) {

    /** The identity background work and demo loading run as. */
    public static final CurrentUser SYSTEM = new CurrentUser(0, "system", "Hệ thống", Role.ADMIN, null);

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Admins and leaders read everything; everyone else reads what sharing allows (decided by the owning module). */
    public boolean readsAll() {
        return role == Role.ADMIN || role == Role.LEADER;
    }
}
