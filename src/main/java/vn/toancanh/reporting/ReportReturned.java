package vn.toancanh.reporting;

/** A unit's report for a period was returned (published inside the transaction that changed it). */
public record ReportReturned(String formCode, long unitId, String period, String actor) {}
