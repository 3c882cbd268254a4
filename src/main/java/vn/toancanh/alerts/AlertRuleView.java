package vn.toancanh.alerts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A rule as stored, with the number of its open events. */
public record AlertRuleView(
        String code,
        String name,
        AlertRuleKind kind,
        AlertSeverity severity,
        @Nullable String target,
        @Nullable String unitCode,
        @Nullable String unitName,
        boolean eachChild,
        @Nullable Comparison comparison,
        @Nullable BigDecimal threshold,
        @Nullable String period,
        List<BigDecimal> levels,
        @Nullable BigDecimal rainReset,
        boolean active,
        long openEvents,
        Instant updatedAt,
        String updatedBy) {

    /** The rule in a few words, for lists: "HC-NVG-MC-QH > 0 · từng đơn vị trực thuộc 312". */
    public String summary() {
        return switch (kind) {
            case THRESHOLD -> target + " " + (comparison == null ? "" : comparison.symbol()) + " " + plain(threshold);
            case OFF_TARGET -> target + " lệch kế hoạch quá " + plain(threshold) + "%";
            case OVERDUE -> OverdueSource.valueOf(target).labelVi() + " > " + plain(threshold);
            case FLOOD -> (target == null ? "Mọi trạm đo mực nước" : "Trạm " + target) + ": báo động I, II, III";
            case FIRE_DANGER ->
                (target == null ? "Mọi trạm khí tượng" : "Trạm " + target) + ": từ cấp "
                        + FireLevels.roman(threshold == null ? 3 : threshold.intValue());
        };
    }

    private static String plain(@Nullable BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }
}
