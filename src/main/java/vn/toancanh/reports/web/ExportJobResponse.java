package vn.toancanh.reports.web;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.toancanh.reports.ExportJobView;
import vn.toancanh.shared.FileFormat;

/** An export job over the API, with its progress and timings worked out. */
record ExportJobResponse(
        String id,
        String title,
        FileFormat format,
        ExportJobView.Status status,
        @Nullable Long totalRows,
        long doneRows,
        int percent,
        @Nullable Long elapsedMillis,
        @Nullable Long rowsPerSecond,
        @Nullable String error,
        @Nullable String fileName,
        @Nullable Long sizeBytes,
        @Nullable String file,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt) {

    static ExportJobResponse of(ExportJobView j) {
        return new ExportJobResponse(
                j.id(),
                j.title(),
                j.format(),
                j.status(),
                j.totalRows(),
                j.doneRows(),
                j.percent(),
                j.elapsedMillis(),
                j.rowsPerSecond(),
                j.error(),
                j.fileName(),
                j.sizeBytes(),
                j.status() == ExportJobView.Status.DONE ? "/api/exports/" + j.id() + "/file" : null,
                j.createdAt(),
                j.startedAt(),
                j.finishedAt());
    }
}
