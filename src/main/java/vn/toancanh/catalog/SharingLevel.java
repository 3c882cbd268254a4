package vn.toancanh.catalog;

/** Who may read a data group or item: citizens too, all staff, or named units and roles. */
public enum SharingLevel {
    PUBLIC,
    INTERNAL,
    RESTRICTED
}
