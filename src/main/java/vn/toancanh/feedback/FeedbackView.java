package vn.toancanh.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A request as officers see it: the citizen's contact details included, with its history and flags. */
public record FeedbackView(
        long id,
        String code,
        String categoryCode,
        String categoryName,
        FeedbackStatus status,
        FeedbackTimeliness timeliness,
        String description,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String address,
        @Nullable Long areaUnitId,
        @Nullable String areaName,
        @Nullable Long unitId,
        @Nullable String unitCode,
        @Nullable String unitName,
        Map<String, List<String>> attributes,
        @Nullable String mediaUrl,
        List<Long> photoIds,
        @Nullable String contactName,
        @Nullable String contactPhone,
        @Nullable String contactEmail,
        FeedbackChannel channel,
        @Nullable String clientName,
        Instant receivedAt,
        Instant dueAt,
        @Nullable Instant resolvedAt,
        @Nullable Instant closedAt,
        Instant updatedAt,
        @Nullable String publicReply,
        @Nullable String rejectReason,
        @Nullable String possibleDuplicateOf,
        List<FeedbackEventView> events) {

    /** One step of the handling; {@code publicEvent} false for internal notes. */
    public record FeedbackEventView(
            Instant at,
            String actor,
            String kind,
            FeedbackStatus status,
            @Nullable String unitName,
            @Nullable String text,
            boolean publicEvent) {}
}
