package vn.toancanh.datavalues.web;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.toancanh.datavalues.ImportJobView;

/** An asynchronous import's state; {@code summary} once COMPLETED, {@code error} if FAILED. */
public record ImportJobResponse(
        UUID id,
        String status,
        int totalRows,
        int doneRows,
        @Nullable ImportSummaryResponse summary,
        @Nullable String error,
        Instant created,
        @Nullable Instant finished) {

    static ImportJobResponse from(ImportJobView job) {
        return new ImportJobResponse(
                job.id(),
                job.status().name(),
                job.totalRows(),
                job.doneRows(),
                job.summary() == null ? null : ImportSummaryResponse.from(job.summary()),
                job.error(),
                job.createdAt(),
                job.finishedAt());
    }
}
