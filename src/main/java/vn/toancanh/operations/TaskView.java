package vn.toancanh.operations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An assigned task with its status as of today; {@code updates} (newest last) only on the task's own page.
 *
 * @param mayReport the current user may report progress on it (an officer of the lead unit, or an admin)
 */
public record TaskView(
        String code,
        String title,
        @Nullable String sourceNumber,
        @Nullable LocalDate sourceDate,
        String issuer,
        @Nullable String assignedBy,
        String leadUnitCode,
        String leadUnitName,
        List<String> supportUnitNames,
        LocalDate deadline,
        String priority,
        int progress,
        @Nullable LocalDate completedOn,
        @Nullable String result,
        TaskStatus status,
        boolean mayReport,
        List<Update> updates) {

    public TaskView {
        supportUnitNames = List.copyOf(supportUnitNames);
        updates = List.copyOf(updates);
    }

    /** A progress report; {@code attachmentName} when a file came with it (downloaded by its id). */
    public record Update(
            long id,
            Instant at,
            String by,
            int progress,
            String note,
            @Nullable String attachmentName) {}
}
