package vn.toancanh.portal.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One frozen release of an open dataset, without its content.
 *
 * @param sha256 the SHA-256 (hex) of the version's CSV file, its canonical content
 * @param note the publisher's release note, if any
 */
public record DatasetVersionView(
        String datasetCode,
        int version,
        String title,
        Instant publishedAt,
        String publishedBy,
        int rowCount,
        String sha256,
        @Nullable String note) {}
