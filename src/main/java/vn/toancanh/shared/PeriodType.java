package vn.toancanh.shared;

/** Period types with DHIS2-style ids, from the finest to the coarsest. */
public enum PeriodType {
    DAILY,
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    SIX_MONTHLY,
    YEARLY;

    /** True when a period of this type always lies within one period of {@code coarser}. */
    public boolean nestsIn(PeriodType coarser) {
        if (this == WEEKLY) {
            return coarser == WEEKLY;
        }
        return coarser != WEEKLY && ordinal() <= coarser.ordinal();
    }
}
