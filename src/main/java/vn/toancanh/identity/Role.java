package vn.toancanh.identity;

/** What a user may do. Officers write only within their unit's scope; leaders and viewers read. */
public enum Role {
    ADMIN,
    LEADER,
    DEPARTMENT_OFFICER,
    COMMUNE_OFFICER,
    PARTNER_OFFICER,
    VIEWER;

    /** Officers enter and import their own unit's data. */
    public boolean isOfficer() {
        return this == DEPARTMENT_OFFICER || this == COMMUNE_OFFICER || this == PARTNER_OFFICER;
    }

    /** The Spring Security authority, {@code ROLE_ADMIN}, … */
    public String authority() {
        return "ROLE_" + name();
    }
}
