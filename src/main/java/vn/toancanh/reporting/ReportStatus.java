package vn.toancanh.reporting;

/** Where a unit's report for a period stands. NOT_STARTED has no row; RETURNED goes back to DRAFT when edited. */
public enum ReportStatus {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED;

    /** The unit may still change its values and submit. */
    public boolean editable() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }

    /** Sent: counts towards completeness. */
    public boolean sent() {
        return this == SUBMITTED || this == APPROVED;
    }
}
