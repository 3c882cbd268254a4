package vn.toancanh.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/**
 * A stored aggregate report template.
 *
 * @param version raised by every change; a library entry keeps the version it was generated from
 */
public record ReportTemplateView(
        long id,
        String code,
        String name,
        PeriodType periodType,
        long unitId,
        String unitCode,
        String unitName,
        @Nullable Integer scheduleDay,
        List<String> subscribers,
        boolean active,
        int version,
        List<TemplateBlock> blocks,
        Instant updatedAt,
        String updatedBy) {

    public ReportTemplateView {
        subscribers = List.copyOf(subscribers);
        blocks = List.copyOf(blocks);
    }

    /** The period a generation on {@code today} is for: the one under way (the report is written before it ends). */
    public Period periodOn(LocalDate today) {
        return Period.of(periodType, today);
    }

    /**
     * The day the schedule generates {@code period}'s report: {@link #scheduleDay} of the period's last month (the
     * monthly report on the 20th of its month, the yearly one in December); null without a schedule.
     */
    public @Nullable LocalDate scheduledOn(Period period) {
        return scheduleDay == null ? null : period.endDate().withDayOfMonth(scheduleDay);
    }
}
