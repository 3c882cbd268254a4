package vn.toancanh.operations;

import org.jspecify.annotations.Nullable;

/**
 * A month's dossier figures, of a unit or a sector: received in it (online, full-process online, fees paid online),
 * resolved in it early, on time or late, and open at its end (overdue by then).
 */
public record DossierCounts(
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

    /** The figures of several sectors added up. */
    public static DossierCounts sum(java.util.Collection<DossierCounts> all) {
        long[] t = new long[9];
        for (DossierCounts f : all) {
            t[0] += f.received;
            t[1] += f.online;
            t[2] += f.fullOnline;
            t[3] += f.paidOnline;
            t[4] += f.early;
            t[5] += f.onTime;
            t[6] += f.late;
            t[7] += f.inProgress;
            t[8] += f.overdue;
        }
        return new DossierCounts(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8]);
    }
}
