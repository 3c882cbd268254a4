package vn.toancanh.portal.internal;

import java.time.Instant;
import vn.toancanh.reports.LibraryEntry;

/** A published report as the portal lists it: title, period and date, never who generated or received it. */
public record NewsItem(long id, String title, String periodLabel, Instant generatedAt) {

    static NewsItem from(LibraryEntry entry) {
        return new NewsItem(entry.id(), entry.title(), entry.periodLabel(), entry.generatedAt());
    }
}
