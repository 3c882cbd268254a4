package vn.toancanh.reporting;

/** A unit's report for a period was reopened (published inside the transaction that changed it). */
public record ReportReopened(String formCode, long unitId, String period, String actor) {}
