package vn.toancanh.datavalues;

/**
 * How a batch of values is applied.
 *
 * @param idScheme whether identifiers are codes (default) or numeric ids
 * @param dryRun validate and count, write nothing
 * @param strategy create/update values, or delete them
 * @param atomicMode ALL: nothing is written if any row fails; NONE: valid rows are written, bad rows reported
 * @param source how the values came in, recorded in the audit history
 */
public record ImportOptions(
        IdScheme idScheme, boolean dryRun, ImportStrategy strategy, AtomicMode atomicMode, ChangeSource source) {

    public static ImportOptions defaults(ChangeSource source) {
        return new ImportOptions(IdScheme.CODE, false, ImportStrategy.CREATE_AND_UPDATE, AtomicMode.ALL, source);
    }

    public enum IdScheme {
        CODE,
        ID
    }

    public enum ImportStrategy {
        CREATE_AND_UPDATE,
        DELETE
    }

    public enum AtomicMode {
        ALL,
        NONE
    }
}
