package vn.toancanh.operations;

/**
 * What an import of dossiers or tasks did: every row was valid, so all were applied — new records created, changed
 * ones updated (for dossiers, a new status recorded in their history), the rest already as sent.
 */
public record ImportResult(int rows, int created, int updated, int unchanged, int statusChanges) {}
