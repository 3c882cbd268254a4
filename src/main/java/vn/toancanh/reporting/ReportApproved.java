package vn.toancanh.reporting;

/** A unit's report for a period was approved (published inside the transaction that changed it). */
public record ReportApproved(String formCode, long unitId, String period, String actor) {}
