package vn.toancanh.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/**
 * DHIS2's relative periods, counted from a day: {@code LAST_12_MONTHS} are the twelve months before the current one,
 * {@code THIS_YEAR} the current year, and so on. In a dimension each expands into its periods.
 */
final class RelativePeriods {

    private RelativePeriods() {}

    static Optional<List<Period>> expand(String keyword, LocalDate today) {
        Period month = Period.of(PeriodType.MONTHLY, today);
        Period quarter = Period.of(PeriodType.QUARTERLY, today);
        Period half = Period.of(PeriodType.SIX_MONTHLY, today);
        Period year = Period.of(PeriodType.YEARLY, today);
        Period week = Period.of(PeriodType.WEEKLY, today);
        Period day = Period.of(PeriodType.DAILY, today);
        List<Period> periods = switch (keyword) {
            case "TODAY" -> List.of(day);
            case "YESTERDAY" -> List.of(day.previous());
            case "LAST_7_DAYS" -> before(day, 7);
            case "LAST_14_DAYS" -> before(day, 14);
            case "LAST_30_DAYS" -> before(day, 30);
            case "THIS_WEEK" -> List.of(week);
            case "LAST_WEEK" -> List.of(week.previous());
            case "LAST_4_WEEKS" -> before(week, 4);
            case "LAST_12_WEEKS" -> before(week, 12);
            case "THIS_MONTH" -> List.of(month);
            case "LAST_MONTH" -> List.of(month.previous());
            case "LAST_3_MONTHS" -> before(month, 3);
            case "LAST_6_MONTHS" -> before(month, 6);
            case "LAST_12_MONTHS" -> before(month, 12);
            case "MONTHS_THIS_YEAR" -> within(year, PeriodType.MONTHLY);
            case "MONTHS_LAST_YEAR" -> within(year.previous(), PeriodType.MONTHLY);
            case "YEAR_TO_DATE" -> upTo(year, month);
            case "THIS_QUARTER" -> List.of(quarter);
            case "LAST_QUARTER" -> List.of(quarter.previous());
            case "LAST_4_QUARTERS" -> before(quarter, 4);
            case "QUARTERS_THIS_YEAR" -> within(year, PeriodType.QUARTERLY);
            case "QUARTERS_LAST_YEAR" -> within(year.previous(), PeriodType.QUARTERLY);
            case "THIS_SIX_MONTH" -> List.of(half);
            case "LAST_SIX_MONTH" -> List.of(half.previous());
            case "LAST_2_SIXMONTHS" -> before(half, 2);
            case "THIS_YEAR" -> List.of(year);
            case "LAST_YEAR" -> List.of(year.previous());
            case "LAST_5_YEARS" -> before(year, 5);
            case "LAST_10_YEARS" -> before(year, 10);
            default -> null;
        };
        return Optional.ofNullable(periods);
    }

    /** The {@code count} periods before {@code current}, oldest first. */
    private static List<Period> before(Period current, int count) {
        List<Period> periods = new ArrayList<>(count);
        Period p = current;
        for (int i = 0; i < count; i++) {
            p = p.previous();
            periods.add(0, p);
        }
        return periods;
    }

    private static List<Period> within(Period year, PeriodType type) {
        List<Period> periods = new ArrayList<>();
        for (Period p = Period.of(type, year.startDate()); !p.startDate().isAfter(year.endDate()); p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    private static List<Period> upTo(Period year, Period month) {
        List<Period> periods = new ArrayList<>();
        for (Period p = Period.of(PeriodType.MONTHLY, year.startDate()); p.compareTo(month) <= 0; p = p.next()) {
            periods.add(p);
        }
        return periods;
    }
}
