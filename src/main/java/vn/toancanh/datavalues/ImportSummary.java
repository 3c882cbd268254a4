package vn.toancanh.datavalues;

import java.util.List;

/**
 * What an import did, shaped like DHIS2's import summary. {@code ignored} counts rows that changed nothing (same value
 * and comment as stored) as well as rows skipped because of a conflict.
 *
 * @param status SUCCESS (no conflicts), WARNING (conflicts, valid rows written with atomicMode=NONE) or ERROR
 *     (conflicts and nothing written)
 */
public record ImportSummary(
        Status status,
        boolean dryRun,
        int imported,
        int updated,
        int ignored,
        int deleted,
        List<ImportConflict> conflicts) {

    public enum Status {
        SUCCESS,
        WARNING,
        ERROR
    }

    public int total() {
        return imported + updated + ignored + deleted;
    }
}
