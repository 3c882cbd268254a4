package vn.toancanh.meetings;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record ResolutionView(
        long id,
        long sessionId,
        String number,
        String title,
        @Nullable String body,
        @Nullable String fileName,
        LocalDate adoptedOn) {}
