package vn.toancanh.meetings;

/** Council session (kỳ họp HĐND), leaders' meeting (họp UBND), briefing (giao ban); labels in i18n {@code mt.kind.*}. */
public enum SessionKind {
    COUNCIL,
    COMMITTEE,
    BRIEFING
}
