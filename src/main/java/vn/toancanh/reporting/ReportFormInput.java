package vn.toancanh.reporting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report form as an admin writes it: data items by their codes in sections, units by their codes.
 *
 * @param periodType MONTHLY, QUARTERLY, SIX_MONTHLY, NINE_MONTHLY (January to September) or YEARLY
 * @param cutoffDay 0 for the calendar period; 15 when the period's data runs from the 15th of the month before it
 *     starts to the 14th of its last month (Decree 09/2019, Art. 12)
 * @param deadlineDays the report is due so many days after the data cut-off; or else
 * @param deadlineDayOfMonth it is due on the first such day of a month after the cut-off
 * @param reminderDays reminders so many days before the deadline
 * @param steps the approval chain in order; a step without a unit is approved within the reporting unit
 */
public record ReportFormInput(
        @Nullable String code,
        @Nullable String name,
        @Nullable String nameEn,
        @Nullable String legalBasis,
        @Nullable String periodType,
        @Nullable Integer cutoffDay,
        @Nullable Integer deadlineDays,
        @Nullable Integer deadlineDayOfMonth,
        @Nullable List<Integer> reminderDays,
        @Nullable List<Section> sections,
        @Nullable List<String> units,
        @Nullable List<Step> steps) {

    public record Section(@Nullable String title, @Nullable List<String> items) {}

    public record Step(@Nullable String unit, @Nullable String title) {}
}
