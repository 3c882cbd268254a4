package vn.toancanh.meetings;

public enum SessionStatus {
    PLANNED,
    IN_PROGRESS,
    CLOSED
}
