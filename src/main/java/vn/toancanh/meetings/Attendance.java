package vn.toancanh.meetings;

/** An invitee's attendance: not yet recorded, present, absent (with a reason) or late. */
public enum Attendance {
    INVITED,
    PRESENT,
    ABSENT,
    LATE
}
