package vn.toancanh.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A unit's report for a period: its status (NOT_STARTED when nothing has been saved), the approval step it waits at,
 * its deadline and its history.
 *
 * @param stepTitle the approval step a SUBMITTED report waits at
 * @param onTime whether it was submitted by the deadline; null while it has not been
 */
public record ReportView(
        long id,
        String formCode,
        int formVersion,
        long unitId,
        String unitCode,
        String unitName,
        String period,
        String periodLabel,
        ReportStatus status,
        int step,
        @Nullable String stepTitle,
        LocalDate deadline,
        @Nullable Instant submittedAt,
        @Nullable String submittedBy,
        @Nullable Instant approvedAt,
        @Nullable String approvedBy,
        @Nullable String returnedReason,
        @Nullable Boolean onTime,
        List<Event> history) {

    public ReportView {
        history = List.copyOf(history);
    }

    /** One step of the report's life. */
    public record Event(
            String action,
            ReportStatus from,
            ReportStatus to,
            int step,
            String actor,
            @Nullable String comment,
            Instant at) {}

    /** A page's mark of lateness: {@code is-overdue} (not sent, past its deadline), {@code is-late} (sent late). */
    public String lateness(LocalDate today) {
        if (overdue(today)) {
            return "is-overdue";
        }
        return Boolean.FALSE.equals(onTime) ? "is-late" : "";
    }

    /** Overdue: not sent and past its deadline on {@code today}. */
    public boolean overdue(LocalDate today) {
        return !status.sent() && today.isAfter(deadline);
    }
}
