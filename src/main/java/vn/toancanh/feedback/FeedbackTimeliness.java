package vn.toancanh.feedback;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.Labelled;

/** A request against its deadline: while open, on track, due soon or overdue; once answered, on time or late. */
public enum FeedbackTimeliness implements Labelled {
    ON_TRACK("Trong hạn"),
    DUE_SOON("Sắp đến hạn"),
    OVERDUE("Quá hạn"),
    ON_TIME("Trả lời đúng hạn"),
    LATE("Trả lời trễ hạn"),
    NONE("");

    private final String labelVi;

    FeedbackTimeliness(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }

    /**
     * @param dueSoon how long before its deadline an open request counts as due soon (at most a quarter of its time)
     */
    public static FeedbackTimeliness of(
            FeedbackStatus status,
            Instant receivedAt,
            Instant dueAt,
            @Nullable Instant resolvedAt,
            Instant now,
            Duration dueSoon) {
        if (status == FeedbackStatus.REJECTED) {
            return NONE;
        }
        if (!status.open()) {
            return resolvedAt != null && !resolvedAt.isAfter(dueAt) ? ON_TIME : LATE;
        }
        if (now.isAfter(dueAt)) {
            return OVERDUE;
        }
        Duration quarter = Duration.between(receivedAt, dueAt).dividedBy(4);
        Duration window = dueSoon.compareTo(quarter) < 0 ? dueSoon : quarter;
        return now.isAfter(dueAt.minus(window)) ? DUE_SOON : ON_TRACK;
    }
}
