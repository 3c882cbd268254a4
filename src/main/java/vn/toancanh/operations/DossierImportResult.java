package vn.toancanh.operations;

/**
 * What an import did: every row was valid, so all were applied — new dossiers created, changed ones updated (a new
 * status recorded in their history), the rest already as sent.
 */
public record DossierImportResult(int rows, int created, int updated, int unchanged, int statusChanges) {}
