package vn.toancanh.meetings.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.meetings.SessionInput;
import vn.toancanh.meetings.SessionKind;
import vn.toancanh.meetings.SessionView;

/** The session form: the date and time as the browser's date and time inputs send them. */
record SessionForm(
        @Nullable String title,
        @Nullable String kind,
        @Nullable String date,
        @Nullable String time,
        @Nullable String place,
        @Nullable Long chairId,
        @Nullable Long secretaryId,
        boolean voting,
        @Nullable List<Long> attendeeIds) {

    static SessionForm empty() {
        return new SessionForm("", "COUNCIL", "", "08:00", "", null, null, false, List.of());
    }

    static SessionForm of(SessionView s, List<Long> attendees) {
        return new SessionForm(
                s.title(),
                s.kind().name(),
                s.startsAt().toLocalDate().toString(),
                s.startsAt().toLocalTime().toString(),
                s.place(),
                s.chairId(),
                s.secretaryId(),
                s.voting(),
                attendees);
    }

    public boolean invited(long userId) {
        return attendeeIds != null && attendeeIds.contains(userId);
    }

    SessionInput toInput() {
        return new SessionInput(
                title == null ? "" : title,
                parsedKind(),
                startsAt(),
                place == null ? "" : place,
                chairId,
                secretaryId,
                voting,
                attendeeIds == null ? List.of() : attendeeIds);
    }

    private @Nullable SessionKind parsedKind() {
        try {
            return kind == null || kind.isBlank() ? null : SessionKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private @Nullable LocalDateTime startsAt() {
        try {
            if (date == null || date.isBlank()) {
                return null;
            }
            LocalTime t = time == null || time.isBlank() ? LocalTime.of(8, 0) : LocalTime.parse(time);
            return LocalDate.parse(date).atTime(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
