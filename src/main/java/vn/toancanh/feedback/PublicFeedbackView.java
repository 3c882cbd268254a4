package vn.toancanh.feedback;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request as anyone may see it (its public page, Open311): what and where, its status, the unit handling it and its
 * public replies; never the citizen's contact details or the officers' notes.
 */
public record PublicFeedbackView(
        String code,
        String categoryCode,
        String categoryName,
        FeedbackStatus status,
        String description,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String address,
        @Nullable String unitName,
        @Nullable String mediaUrl,
        List<Long> photoIds,
        Instant receivedAt,
        Instant dueAt,
        Instant updatedAt,
        @Nullable Instant resolvedAt,
        @Nullable String publicReply,
        @Nullable String rejectReason,
        List<Step> steps) {

    /** A public step: when, what (in Vietnamese), by which unit, and its public text. */
    public record Step(
            Instant at,
            String kind,
            FeedbackStatus status,
            @Nullable String unitName,
            @Nullable String text) {}

    /** Open311's status_notes: the reply once resolved, the reason once rejected. */
    public @Nullable String statusNotes() {
        return status == FeedbackStatus.REJECTED ? rejectReason : publicReply;
    }
}
