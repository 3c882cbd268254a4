package vn.toancanh.reports;

import java.time.Instant;

/**
 * A report was stored in the library (on request or by the schedule); published in the storing transaction.
 *
 * @param libraryId the library entry's id (its files are at {@code /api/reports/library/{id}/file.pdf|xlsx})
 * @param period the period's ISO id, e.g. {@code 202603}
 */
public record ReportIssued(long libraryId, String templateCode, String title, String period, Instant generatedAt) {}
