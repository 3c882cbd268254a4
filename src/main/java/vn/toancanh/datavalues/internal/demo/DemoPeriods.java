package vn.toancanh.datavalues.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/**
 * The last complete periods of a type before {@code today}, oldest first, covering about {@code months} months: 36
 * months are 36 monthly, 12 quarterly or 3 yearly periods.
 */
final class DemoPeriods {

    /** Daily and weekly items would dwarf everything else over years; they get a recent window only. */
    private static final int MAX_FINE_PERIODS = 90;

    private DemoPeriods() {}

    static List<Period> window(PeriodType type, LocalDate today, int months) {
        LocalDate end = Period.of(PeriodType.MONTHLY, today).previous().endDate();
        Period p = Period.of(type, end);
        if (p.endDate().isAfter(end)) {
            p = p.previous();
        }
        int count = switch (type) {
            case DAILY, WEEKLY -> MAX_FINE_PERIODS;
            case MONTHLY -> months;
            case QUARTERLY -> Math.max(1, months / 3);
            case SIX_MONTHLY -> Math.max(1, months / 6);
            case NINE_MONTHLY, YEARLY -> Math.max(1, months / 12);
        };
        List<Period> periods = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            periods.add(p);
            p = p.previous();
        }
        Collections.reverse(periods);
        return periods;
    }
}
