package vn.toancanh.datavalues.internal.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/** The periods offered for entry: the current one and a reporting cycle's worth before it, newest first. */
public final class EntryPeriods {

    private EntryPeriods() {}

    public static List<Period> recent(PeriodType type, LocalDate today) {
        int count = switch (type) {
            case DAILY -> 62;
            case WEEKLY -> 53;
            case MONTHLY -> 25;
            case QUARTERLY -> 13;
            case SIX_MONTHLY -> 9;
            case NINE_MONTHLY, YEARLY -> 7;
        };
        List<Period> periods = new ArrayList<>(count);
        Period period = Period.of(type, today);
        for (int i = 0; i < count; i++) {
            periods.add(period);
            period = period.previous();
        }
        return periods;
    }

    /** What the page opens on: the last complete period, the one people usually report. */
    public static Period defaultPeriod(PeriodType type, LocalDate today) {
        return Period.of(type, today).previous();
    }
}
