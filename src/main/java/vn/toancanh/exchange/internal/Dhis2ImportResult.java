package vn.toancanh.exchange.internal;

import vn.toancanh.datavalues.ImportSummary;

/**
 * How a pull from DHIS2 went.
 *
 * @param host the remote host (and port), as the audit names it
 * @param received how many values DHIS2 sent
 * @param summary what the import did (or, in a dry run, would do)
 */
public record Dhis2ImportResult(String host, int received, ImportSummary summary) {}
