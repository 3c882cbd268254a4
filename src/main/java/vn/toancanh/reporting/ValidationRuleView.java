package vn.toancanh.reporting;

import java.util.Set;

/**
 * A validation rule: {@code left operator right}, e.g. {@code #{HC-VB-02-003} <= #{HC-VB-02-002}} ("signed outgoing
 * documents ≤ outgoing documents"), with its importance and the message people see when it is broken.
 *
 * @param items the data item codes the two sides name: the rule applies to a form that has them all
 */
public record ValidationRuleView(
        long id,
        String code,
        String name,
        String leftExpression,
        Operator operator,
        String rightExpression,
        Importance importance,
        String message,
        boolean active,
        Set<String> items) {

    public ValidationRuleView {
        items = Set.copyOf(items);
    }

    public enum Importance {
        /** Blocks a submission. */
        ERROR,
        /** The unit may submit with a comment explaining it. */
        WARNING
    }

    /** How the two sides compare; a pair operator looks only at which side has values. */
    public enum Operator {
        EQUAL("=="),
        NOT_EQUAL("!="),
        GREATER(">"),
        GREATER_OR_EQUAL(">="),
        LESS("<"),
        LESS_OR_EQUAL("<="),
        /** Both sides have values, or neither does. */
        COMPULSORY_PAIR("cùng có hoặc cùng trống"),
        /** Not both sides have values. */
        EXCLUSIVE_PAIR("không cùng có");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
