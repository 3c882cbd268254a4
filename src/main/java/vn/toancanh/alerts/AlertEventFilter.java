package vn.toancanh.alerts;

import org.jspecify.annotations.Nullable;

/** What an alert list shows; null for any. {@code current} is open or acknowledged, not yet resolved. */
public record AlertEventFilter(
        @Nullable AlertState state,
        boolean current,
        @Nullable AlertSeverity severity,
        @Nullable AlertRuleKind kind,
        @Nullable String unit) {

    public static AlertEventFilter currentOnly() {
        return new AlertEventFilter(null, true, null, null, null);
    }
}
