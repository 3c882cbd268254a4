package vn.toancanh.datavalues;

/** How a value change came in; kept in the audit history. */
public enum ChangeSource {
    FORM,
    IMPORT,
    API,
    EXCEL
}
