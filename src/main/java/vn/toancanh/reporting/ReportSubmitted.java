package vn.toancanh.reporting;

/** A unit's report for a period was submitted (published inside the transaction that changed it). */
public record ReportSubmitted(String formCode, long unitId, String period, String actor) {}
