package vn.toancanh.meetings;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A session as an organiser writes it; the attendees are user ids (the chair and secretary are always invited). */
public record SessionInput(
        String title,
        @Nullable SessionKind kind,
        @Nullable LocalDateTime startsAt,
        String place,
        @Nullable Long chairId,
        @Nullable Long secretaryId,
        boolean voting,
        List<Long> attendeeIds) {}
