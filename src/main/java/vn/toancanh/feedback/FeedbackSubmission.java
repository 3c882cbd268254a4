package vn.toancanh.feedback;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a citizen sends: the category, what is wrong, where (a pin or an address), optionally a photo (uploaded) or a
 * link to one, how to reach them, and the category's extra answers (code → values; one value except for multi-value
 * lists).
 */
public record FeedbackSubmission(
        @Nullable String categoryCode,
        @Nullable String description,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String address,
        @Nullable String mediaUrl,
        @Nullable Photo photo,
        @Nullable String contactName,
        @Nullable String contactPhone,
        @Nullable String contactEmail,
        @Nullable String deviceId,
        @Nullable String accountId,
        Map<String, List<String>> attributes,
        FeedbackChannel channel,
        @Nullable String clientName) {

    /** An uploaded file, as received. */
    public record Photo(String fileName, @Nullable String contentType, byte[] content) {}
}
