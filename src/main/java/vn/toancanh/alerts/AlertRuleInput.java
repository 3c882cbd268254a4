package vn.toancanh.alerts;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule as an admin writes it (form or JSON). Which fields matter depends on the kind:
 *
 * @param target THRESHOLD, OFF_TARGET: an item or indicator code; OVERDUE: TASKS, DOSSIERS, DOCUMENTS, FEEDBACK or REPORTS;
 *     FLOOD, FIRE_DANGER: a station code, blank for every station of the kind
 * @param unit the unit scope's code (THRESHOLD, OFF_TARGET, OVERDUE); blank for the top of the tree
 * @param eachChild evaluate each unit directly under the scope rather than the scope as a whole
 * @param threshold THRESHOLD: the figure's bound; OFF_TARGET: the percentage off target; OVERDUE: the count above
 *     which it warns; FIRE_DANGER: the lowest danger level that opens an alert (default III)
 * @param period THRESHOLD, OVERDUE: the period evaluated, {@code THIS_MONTH} by default
 * @param levels FIRE_DANGER: the dryness index's lower bounds of levels II, III, IV and V (default 1000, 2500, 5000,
 *     10000)
 * @param rainReset FIRE_DANGER: the day's rain (mm) that resets the index (default 5)
 */
public record AlertRuleInput(
        @Nullable String code,
        @Nullable String name,
        @Nullable String kind,
        @Nullable String severity,
        @Nullable String target,
        @Nullable String unit,
        @Nullable Boolean eachChild,
        @Nullable String comparison,
        @Nullable BigDecimal threshold,
        @Nullable String period,
        @Nullable List<BigDecimal> levels,
        @Nullable BigDecimal rainReset,
        @Nullable Boolean active) {}
