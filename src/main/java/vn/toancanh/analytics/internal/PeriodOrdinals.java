package vn.toancanh.analytics.internal;

import java.time.LocalDate;
import vn.toancanh.shared.PeriodType;

/**
 * Periods of one type as consecutive integers, so a series is an array and a query period an index range: months
 * {@code year * 12 + month - 1}, quarters {@code year * 4 + quarter - 1}, halves {@code year * 2 + half - 1}, years
 * and nine months by their year, ISO weeks counted from the Monday before the epoch, days as epoch days.
 */
final class PeriodOrdinals {

    private PeriodOrdinals() {}

    /** The ordinal of the period of {@code type} that contains {@code date}. */
    static int of(PeriodType type, LocalDate date) {
        return switch (type) {
            case DAILY -> (int) date.toEpochDay();
            case WEEKLY -> (int) Math.floorDiv(date.toEpochDay() + 3, 7);
            case MONTHLY -> date.getYear() * 12 + date.getMonthValue() - 1;
            case QUARTERLY -> date.getYear() * 4 + (date.getMonthValue() - 1) / 3;
            case SIX_MONTHLY -> date.getYear() * 2 + (date.getMonthValue() - 1) / 6;
            case NINE_MONTHLY, YEARLY -> date.getYear();
        };
    }

    /** The first day of the period with this ordinal. */
    static LocalDate start(PeriodType type, int ordinal) {
        return switch (type) {
            case DAILY -> LocalDate.ofEpochDay(ordinal);
            case WEEKLY -> LocalDate.ofEpochDay(ordinal * 7L - 3);
            case MONTHLY -> LocalDate.of(Math.floorDiv(ordinal, 12), Math.floorMod(ordinal, 12) + 1, 1);
            case QUARTERLY -> LocalDate.of(Math.floorDiv(ordinal, 4), Math.floorMod(ordinal, 4) * 3 + 1, 1);
            case SIX_MONTHLY -> LocalDate.of(Math.floorDiv(ordinal, 2), Math.floorMod(ordinal, 2) * 6 + 1, 1);
            case NINE_MONTHLY, YEARLY -> LocalDate.of(ordinal, 1, 1);
        };
    }

    /** The last day of the period with this ordinal (nine months end on 30 September, before the next starts). */
    static LocalDate end(PeriodType type, int ordinal) {
        return type == PeriodType.NINE_MONTHLY
                ? LocalDate.of(ordinal, 9, 30)
                : start(type, ordinal + 1).minusDays(1);
    }

    /** True when the period with this ordinal covers the whole of [{@code start}, {@code end}]. */
    static boolean covers(PeriodType type, int ordinal, LocalDate start, LocalDate end) {
        return !start(type, ordinal).isAfter(start) && !end(type, ordinal).isBefore(end);
    }

    /**
     * The ordinals of the stored periods of {@code type} that count towards [{@code start}, {@code end}]: those lying
     * within it (a month within its quarter; a quarter does not count towards one of its months). ISO weeks do not
     * nest in months, so a week counts towards the period its Monday falls in. Returns {first, last}; first &gt; last
     * when none does.
     */
    static int[] within(PeriodType type, LocalDate start, LocalDate end) {
        int first = of(type, start);
        if (start(type, first).isBefore(start)) {
            first++;
        }
        int last = of(type, end);
        if (type != PeriodType.WEEKLY && end(type, last).isAfter(end)) {
            last--;
        }
        return new int[] {first, last};
    }
}
