package vn.toancanh.datavalues;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An asynchronous import as its submitter polls it.
 *
 * @param summary set when {@code status} is COMPLETED
 * @param error set when {@code status} is FAILED (an unexpected error; row problems are conflicts in the summary)
 */
public record ImportJobView(
        UUID id,
        String username,
        Status status,
        int totalRows,
        int doneRows,
        @Nullable ImportSummary summary,
        @Nullable String error,
        Instant createdAt,
        @Nullable Instant finishedAt) {

    public enum Status {
        QUEUED,
        RUNNING,
        COMPLETED,
        FAILED
    }
}
