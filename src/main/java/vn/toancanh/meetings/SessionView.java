package vn.toancanh.meetings;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

public record SessionView(
        long id,
        String title,
        SessionKind kind,
        LocalDateTime startsAt,
        String place,
        long chairId,
        String chairName,
        @Nullable Long secretaryId,
        SessionStatus status,
        boolean voting,
        String minutes) {}
