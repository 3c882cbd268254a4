package vn.toancanh.reports;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One generated aggregate report in the library: the files as they were produced, who or what produced them, and to
 * how many subscribers they went.
 *
 * @param scheduled made by the schedule rather than on someone's request
 * @param sendError why sending failed, if it did
 */
public record LibraryEntry(
        long id,
        String templateCode,
        String templateName,
        int templateVersion,
        String title,
        String period,
        String periodLabel,
        boolean scheduled,
        String generatedBy,
        Instant generatedAt,
        long xlsxBytes,
        long pdfBytes,
        int recipients,
        @Nullable Instant sentAt,
        @Nullable String sendError) {}
