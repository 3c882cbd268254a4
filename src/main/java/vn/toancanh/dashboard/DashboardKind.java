package vn.toancanh.dashboard;

/** The home page, a domain's dashboard (both maintained by admins) or one a user composed. */
public enum DashboardKind {
    HOME,
    DOMAIN,
    USER
}
