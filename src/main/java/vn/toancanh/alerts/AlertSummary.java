package vn.toancanh.alerts;

/** The bell's figures for the current user: unresolved events they may see, and of them not yet acknowledged. */
public record AlertSummary(long current, long unacknowledged, long critical) {}
