package vn.toancanh.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixed period with a DHIS2-style id: {@code 2024} (year), {@code 2024S1} (half), {@code 2024Q1} (quarter),
 * {@code 202403} (month), {@code 2024W05} (ISO week), {@code 20240315} (day), and the Vietnamese nine months
 * {@code 2024N9} (January to September, one per year).
 */
public record Period(String id, PeriodType type, LocalDate startDate, LocalDate endDate)
        implements Comparable<Period>, Labelled {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern SIX_MONTH = Pattern.compile("(\\d{4})S([12])");
    private static final Pattern NINE_MONTHS = Pattern.compile("(\\d{4})N9");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})(0[1-9]|1[0-2])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})W(\\d{1,2})");
    private static final Pattern DAY = Pattern.compile("\\d{8}");
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Parses a period id; empty when it is not a valid id (e.g. {@code 202413}, {@code 2024Q5}). */
    public static Optional<Period> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String s = id.trim();
        try {
            Matcher m;
            if ((m = YEAR.matcher(s)).matches()) {
                LocalDate start = LocalDate.of(year(m), 1, 1);
                return Optional.of(new Period(
                        s, PeriodType.YEARLY, start, start.plusYears(1).minusDays(1)));
            }
            if ((m = SIX_MONTH.matcher(s)).matches()) {
                LocalDate start = LocalDate.of(year(m), Integer.parseInt(m.group(2)) == 1 ? 1 : 7, 1);
                return Optional.of(new Period(
                        s, PeriodType.SIX_MONTHLY, start, start.plusMonths(6).minusDays(1)));
            }
            if ((m = NINE_MONTHS.matcher(s)).matches()) {
                LocalDate start = LocalDate.of(year(m), 1, 1);
                return Optional.of(new Period(s, PeriodType.NINE_MONTHLY, start, LocalDate.of(year(m), 9, 30)));
            }
            if ((m = QUARTER.matcher(s)).matches()) {
                LocalDate start = LocalDate.of(year(m), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
                return Optional.of(new Period(
                        s, PeriodType.QUARTERLY, start, start.plusMonths(3).minusDays(1)));
            }
            if ((m = MONTH.matcher(s)).matches()) {
                LocalDate start = LocalDate.of(year(m), Integer.parseInt(m.group(2)), 1);
                return Optional.of(new Period(
                        s, PeriodType.MONTHLY, start, start.plusMonths(1).minusDays(1)));
            }
            if ((m = WEEK.matcher(s)).matches()) {
                return week(year(m), Integer.parseInt(m.group(2)), s);
            }
            if (DAY.matcher(s).matches()) {
                LocalDate day = LocalDate.parse(s, BASIC);
                return Optional.of(new Period(s, PeriodType.DAILY, day, day));
            }
        } catch (RuntimeException invalidDate) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Like {@link #parse} but throws {@link InvalidInputException} naming the field. */
    public static Period require(String id, String field) {
        return parse(id).orElseThrow(() -> InvalidInputException.of(field, "Kỳ không hợp lệ: " + id));
    }

    public static Period month(int year, int month) {
        return parse(String.format("%04d%02d", year, month)).orElseThrow();
    }

    public static Period year(int year) {
        return parse(String.format("%04d", year)).orElseThrow();
    }

    /**
     * The period of {@code type} that contains {@code date}; for nine months, which do not cover the year, that of
     * the date's year (ended by October).
     */
    public static Period of(PeriodType type, LocalDate date) {
        String id = switch (type) {
            case DAILY -> date.format(BASIC);
            case WEEKLY ->
                String.format(
                        "%04dW%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTHLY -> String.format("%04d%02d", date.getYear(), date.getMonthValue());
            case QUARTERLY -> date.getYear() + "Q" + ((date.getMonthValue() - 1) / 3 + 1);
            case SIX_MONTHLY -> date.getYear() + "S" + (date.getMonthValue() <= 6 ? 1 : 2);
            case NINE_MONTHLY -> date.getYear() + "N9";
            case YEARLY -> String.valueOf(date.getYear());
        };
        return parse(id).orElseThrow();
    }

    /** The next period of the same type. */
    public Period next() {
        return type == PeriodType.NINE_MONTHLY ? of(type, startDate.plusYears(1)) : of(type, endDate.plusDays(1));
    }

    /** The previous period of the same type. */
    public Period previous() {
        return type == PeriodType.NINE_MONTHLY ? of(type, startDate.minusYears(1)) : of(type, startDate.minusDays(1));
    }

    /** A Vietnamese label: "Tháng 03/2024", "Quý 1/2024", "6 tháng đầu năm 2024", "9 tháng đầu năm 2024", "Năm 2024". */
    @Override
    public String labelVi() {
        return switch (type) {
            case DAILY -> startDate.format(VI_DATE);
            case WEEKLY -> "Tuần " + id.substring(5) + "/" + id.substring(0, 4);
            case MONTHLY -> "Tháng " + id.substring(4) + "/" + id.substring(0, 4);
            case QUARTERLY -> "Quý " + id.substring(5) + "/" + id.substring(0, 4);
            case SIX_MONTHLY -> (id.endsWith("1") ? "6 tháng đầu năm " : "6 tháng cuối năm ") + id.substring(0, 4);
            case NINE_MONTHLY -> "9 tháng đầu năm " + id.substring(0, 4);
            case YEARLY -> "Năm " + id;
        };
    }

    /** The English label: "Month 03/2024", "Q1 2024", "First half of 2024", "First nine months of 2024", "2024". */
    public String labelEn() {
        return switch (type) {
            case DAILY -> startDate.format(VI_DATE);
            case WEEKLY -> "Week " + id.substring(5) + "/" + id.substring(0, 4);
            case MONTHLY -> "Month " + id.substring(4) + "/" + id.substring(0, 4);
            case QUARTERLY -> "Q" + id.substring(5) + " " + id.substring(0, 4);
            case SIX_MONTHLY -> (id.endsWith("1") ? "First half of " : "Second half of ") + id.substring(0, 4);
            case NINE_MONTHLY -> "First nine months of " + id.substring(0, 4);
            case YEARLY -> "Year " + id;
        };
    }

    @Override
    public int compareTo(Period other) {
        int c = startDate.compareTo(other.startDate);
        return c != 0 ? c : endDate.compareTo(other.endDate);
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }

    private static Optional<Period> week(int year, int week, String id) {
        LocalDate firstMonday = LocalDate.of(year, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeksInYear = LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        if (week < 1 || week > weeksInYear) {
            return Optional.empty();
        }
        LocalDate start = firstMonday.plusWeeks(week - 1L);
        return Optional.of(
                new Period(String.format("%04dW%02d", year, week), PeriodType.WEEKLY, start, start.plusDays(6)));
    }
}
