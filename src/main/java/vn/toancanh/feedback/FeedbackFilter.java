package vn.toancanh.feedback;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which requests a list shows: by statuses, category, unit subtree, timeliness, received between two instants, and
 * only flagged possible duplicates. Every part is optional.
 */
public record FeedbackFilter(
        List<FeedbackStatus> statuses,
        @Nullable String categoryCode,
        @Nullable String unitCode,
        @Nullable FeedbackTimeliness timeliness,
        @Nullable Instant from,
        @Nullable Instant to,
        boolean duplicatesOnly) {

    public static FeedbackFilter none() {
        return new FeedbackFilter(List.of(), null, null, null, null, null, false);
    }
}
