package vn.toancanh.datavalues;

import java.util.List;
import java.util.function.IntUnaryOperator;

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

    /**
     * The same summary with conflict rows renumbered, for readers whose rows are not simply the batch index plus one
     * (a spreadsheet's own row numbers). Row 0, the count of unlisted conflicts, stays 0.
     */
    public ImportSummary withRowNumbers(IntUnaryOperator rowOfIndex) {
        List<ImportConflict> renumbered = conflicts.stream()
                .map(c -> c.row() <= 0
                        ? c
                        : new ImportConflict(rowOfIndex.applyAsInt(c.row()), c.object(), c.property(), c.reason()))
                .toList();
        return new ImportSummary(status, dryRun, imported, updated, ignored, deleted, renumbered);
    }
}
