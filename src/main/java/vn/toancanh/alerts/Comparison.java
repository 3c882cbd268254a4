package vn.toancanh.alerts;

import java.math.BigDecimal;

/** How a figure is compared with a rule's threshold. */
public enum Comparison {
    GT(">"),
    GTE("≥"),
    LT("<"),
    LTE("≤");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (this) {
            case GT -> c > 0;
            case GTE -> c >= 0;
            case LT -> c < 0;
            case LTE -> c <= 0;
        };
    }
}
