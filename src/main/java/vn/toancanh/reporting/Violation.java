package vn.toancanh.reporting;

import org.jspecify.annotations.Nullable;

/**
 * A validation rule broken by a unit's values for a period: the two sides as evaluated (null: no value).
 *
 * @param unitCode the unit whose values break it
 */
public record Violation(
        String ruleCode,
        String ruleName,
        ValidationRuleView.Importance importance,
        String message,
        String leftExpression,
        ValidationRuleView.Operator operator,
        String rightExpression,
        @Nullable Double left,
        @Nullable Double right,
        String unitCode,
        String period) {

    public boolean error() {
        return importance == ValidationRuleView.Importance.ERROR;
    }
}
