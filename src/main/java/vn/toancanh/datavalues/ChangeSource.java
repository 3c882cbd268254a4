package vn.toancanh.datavalues;

/** How a value change came in; kept in the audit history. */
public enum ChangeSource {
    FORM,
    IMPORT,
    API,
    EXCEL,
    /** Pulled from a DHIS2 instance by an admin (the exchange module's DHIS2 import). */
    DHIS2
}
