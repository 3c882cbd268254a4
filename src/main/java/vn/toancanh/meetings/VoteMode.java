package vn.toancanh.meetings;

/** Whether an agenda item is voted on, and how: open (names shown) or secret (only the counts are kept). */
public enum VoteMode {
    NONE,
    OPEN,
    SECRET
}
