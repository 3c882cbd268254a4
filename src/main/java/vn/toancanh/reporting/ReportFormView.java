package vn.toancanh.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/** A report form in its current version, with the rules that give each period's data window and deadline. */
public record ReportFormView(
        long id,
        String code,
        String name,
        @Nullable String nameEn,
        @Nullable String legalBasis,
        PeriodType periodType,
        int cutoffDay,
        @Nullable Integer deadlineDays,
        @Nullable Integer deadlineDayOfMonth,
        List<Integer> reminderDays,
        int version,
        long versionId,
        boolean active,
        List<Section> sections,
        List<FormUnit> units,
        List<Step> steps,
        Instant updatedAt) {

    public ReportFormView {
        reminderDays = List.copyOf(reminderDays);
        sections = List.copyOf(sections);
        units = List.copyOf(units);
        steps = List.copyOf(steps);
    }

    public record Section(String title, List<Item> items) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /** A data item the form asks for. */
    public record Item(
            long id, String code, String name, @Nullable String unitOfMeasure) {}

    public record FormUnit(long id, String code, String name) {}

    /** An approval step; {@code unitId} null: approved within the reporting unit. */
    public record Step(
            int position, @Nullable Long unitId, @Nullable String unitCode, String title) {}

    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    public boolean assigned(long unitId) {
        return units.stream().anyMatch(u -> u.id() == unitId);
    }

    /** The latest period whose data has begun by {@code today} (with a cut-off, next month's begins on the 15th). */
    public Period latestBegun(LocalDate today) {
        Period p = Period.of(periodType, today);
        while (dataFrom(p).isAfter(today)) {
            p = p.previous();
        }
        return p;
    }

    /**
     * The period {@code id} of this form's type.
     *
     * @throws InvalidInputException (field {@code period}) for an invalid id or a period of another type
     */
    public Period period(String id) {
        Period period = Period.require(id, "period");
        if (period.type() != periodType) {
            throw InvalidInputException.of(
                    "period", "Báo cáo " + code + " theo kỳ " + periodType + ", không theo " + id);
        }
        return period;
    }

    /** The first day of the period's data: the period's start, or the cut-off day of the month before it. */
    public LocalDate dataFrom(Period period) {
        return cutoffDay == 0
                ? period.startDate()
                : period.startDate().minusMonths(1).withDayOfMonth(cutoffDay);
    }

    /** The last day of the period's data (the data cut-off): the period's end, or the day before the cut-off day. */
    public LocalDate dataUntil(Period period) {
        return cutoffDay == 0
                ? period.endDate()
                : period.endDate().withDayOfMonth(cutoffDay).minusDays(1);
    }

    /** When the period's report is due. */
    public LocalDate deadline(Period period) {
        LocalDate closed = dataUntil(period);
        if (deadlineDays != null) {
            return closed.plusDays(deadlineDays);
        }
        LocalDate next = closed.plusDays(1);
        LocalDate candidate = next.withDayOfMonth(deadlineDayOfMonth);
        return candidate.isBefore(next) ? candidate.plusMonths(1) : candidate;
    }

    public String name(boolean english) {
        return english && nameEn != null ? nameEn : name;
    }
}
