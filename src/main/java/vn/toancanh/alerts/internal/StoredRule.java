package vn.toancanh.alerts.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.alerts.AlertRuleKind;
import vn.toancanh.alerts.AlertSeverity;
import vn.toancanh.alerts.Comparison;

/** A rule row. */
public record StoredRule(
        long id,
        String code,
        String name,
        AlertRuleKind kind,
        AlertSeverity severity,
        @Nullable String target,
        @Nullable Long unitId,
        boolean eachChild,
        @Nullable Comparison comparison,
        @Nullable BigDecimal threshold,
        @Nullable String period,
        List<BigDecimal> levels,
        @Nullable BigDecimal rainReset,
        boolean active,
        Instant updatedAt,
        String updatedBy) {

    public StoredRule {
        levels = List.copyOf(levels);
    }

    BigDecimal thresholdOr(BigDecimal fallback) {
        return threshold == null ? fallback : threshold;
    }

    String periodOr(String fallback) {
        return period == null || period.isBlank() ? fallback : period;
    }
}
