package vn.toancanh.operations;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which dossiers a list shows: of a unit (and those below it), a sector, a status or timeliness, received or completed
 * in a date range (Vietnam's days, inclusive) — so each figure of a month links to the dossiers behind it.
 */
public record DossierFilter(
        @Nullable String unit,
        @Nullable String sector,
        @Nullable DossierStatus status,
        @Nullable Timeliness timeliness,
        @Nullable LocalDate receivedFrom,
        @Nullable LocalDate receivedTo,
        @Nullable LocalDate completedFrom,
        @Nullable LocalDate completedTo) {

    public static DossierFilter none() {
        return new DossierFilter(null, null, null, null, null, null, null, null);
    }
}
