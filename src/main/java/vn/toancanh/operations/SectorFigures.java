package vn.toancanh.operations;

import org.jspecify.annotations.Nullable;

/**
 * A month's dossier figures (of a sector): received in it (online, full-process online, fees paid online), resolved in
 * it early, on time or late, and open at its end (overdue by then).
 */
public record SectorFigures(
        long received,
        long online,
        long fullOnline,
        long paidOnline,
        long early,
        long onTime,
        long late,
        long inProgress,
        long overdue) {

    /** Online as a share of received, in %; null without dossiers. */
    public @Nullable Double onlineRate() {
        return received == 0 ? null : online * 100.0 / received;
    }

    /** Resolved early or on time as a share of resolved, in %; null when none was resolved. */
    public @Nullable Double onTimeRate() {
        long resolved = early + onTime + late;
        return resolved == 0 ? null : (early + onTime) * 100.0 / resolved;
    }
}
