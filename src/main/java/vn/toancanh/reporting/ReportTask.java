package vn.toancanh.reporting;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something the signed-in user should do about a report: send their unit's report (due soon or overdue), or approve
 * one waiting at their step.
 *
 * @param daysLeft days until the deadline (negative: overdue by so many days)
 * @param reminder the deadline is within the form's reminder days, or past (a report to send)
 * @param submittedAt when a report to approve was sent
 */
public record ReportTask(
        Kind kind,
        String formCode,
        String formName,
        String unitCode,
        String unitName,
        String period,
        String periodLabel,
        LocalDate deadline,
        long daysLeft,
        boolean reminder,
        @Nullable Instant submittedAt) {

    public enum Kind {
        SEND,
        APPROVE
    }
}
