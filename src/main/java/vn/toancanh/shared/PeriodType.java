package vn.toancanh.shared;

/** Period types with DHIS2-style ids, from the finest to the coarsest. */
public enum PeriodType {
    DAILY,
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    SIX_MONTHLY,
    /** January to September: the Vietnamese "9 tháng" report, one per year, not a tiling of the year. */
    NINE_MONTHLY,
    YEARLY;

    /** True when a period of this type always lies within one period of {@code coarser}. */
    public boolean nestsIn(PeriodType coarser) {
        if (this == WEEKLY) {
            return coarser == WEEKLY;
        }
        if (coarser == NINE_MONTHLY) {
            // the months, quarters and half after September lie outside it
            return this == NINE_MONTHLY;
        }
        return coarser != WEEKLY && ordinal() <= coarser.ordinal();
    }
}
