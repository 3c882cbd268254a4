package vn.toancanh.datavalues;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of a value's audit history. */
public record ValueChangeView(
        String changeType,
        @Nullable String oldValue,
        @Nullable String newValue,
        @Nullable String oldComment,
        @Nullable String newComment,
        String changedBy,
        Instant changedAt,
        ChangeSource source) {}
