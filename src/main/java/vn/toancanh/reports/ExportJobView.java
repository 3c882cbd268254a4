package vn.toancanh.reports;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.FileFormat;

/**
 * A large export and how far it has got.
 *
 * @param totalRows the values the query selects, counted when the job starts
 * @param doneRows the values written so far
 */
public record ExportJobView(
        String id,
        String username,
        String title,
        FileFormat format,
        Status status,
        @Nullable Long totalRows,
        long doneRows,
        @Nullable String error,
        @Nullable String fileName,
        @Nullable Long sizeBytes,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt) {

    public enum Status {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /** Per cent done, 0–100. */
    public int percent() {
        if (status == Status.DONE) {
            return 100;
        }
        if (totalRows == null || totalRows == 0) {
            return 0;
        }
        return (int) Math.min(99, doneRows * 100 / totalRows);
    }

    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    /** Time from start to finish (or to now while running), in milliseconds; null before it starts. */
    public @Nullable Long elapsedMillis() {
        if (startedAt == null) {
            return null;
        }
        return Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt)
                .toMillis();
    }

    /** Rows written per second so far. */
    public @Nullable Long rowsPerSecond() {
        Long ms = elapsedMillis();
        return ms == null || ms == 0 ? null : doneRows * 1000 / ms;
    }
}
