package vn.toancanh.meetings;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record MeetingDocumentView(
        long id,
        long sessionId,
        @Nullable Long itemId,
        String title,
        DocumentCategory category,
        int versions,
        String fileName,
        int sizeBytes,
        Instant updatedAt) {}
