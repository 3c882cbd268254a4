package vn.toancanh.catalog;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.internal.ExpressionNode;
import vn.toancanh.catalog.internal.ExpressionParser;
import vn.toancanh.shared.InvalidInputException;

/**
 * An indicator's formula over data items, e.g. {@code #{HC-TTHC-01-003} / #{HC-TTHC-01-002} * 100}. Parsed once,
 * evaluated many times on aggregated operand values (the analytics module supplies them).
 *
 * <p>Grammar, white space ignored, loosest first: {@code ||}, {@code &&}, {@code !}, one comparison ({@code == != <
 * <= > >=}), {@code + -}, {@code * /}, unary {@code - +}, then numbers, operands {@code #{ITEM}} or
 * {@code #{ITEM.COMBO}}, parentheses and the functions {@code if(c, a, b)}, {@code greatest(…)}, {@code least(…)},
 * {@code abs(x)}, {@code round(x[, digits])}, {@code coalesce(…)}, {@code ytd(#{ITEM})} (year to date) and
 * {@code previous(#{ITEM})} (the previous period).
 *
 * <p>Evaluation: booleans are 1 and 0 (any non-zero is true); a missing operand makes the result missing, except in
 * {@code coalesce} (the first present argument), {@code greatest}/{@code least} (missing arguments ignored) and the
 * branch of {@code if} not taken; division by zero and non-finite results are missing.
 */
public final class IndicatorExpression {

    private final ExpressionNode root;
    private final String text;
    private final Set<Operand> operands;

    private IndicatorExpression(ExpressionNode root) {
        this.root = root;
        this.text = ExpressionNode.print(root);
        Set<Operand> found = new LinkedHashSet<>();
        root.collect(found);
        this.operands = Collections.unmodifiableSet(found);
    }

    /**
     * @throws InvalidInputException with field {@code expression} and a Vietnamese reason naming the position
     *     (1-based), e.g. "Biểu thức sai ở vị trí 12: thiếu dấu ')'"
     */
    public static IndicatorExpression parse(@Nullable String text) {
        return new IndicatorExpression(ExpressionParser.parse(text));
    }

    /** Every distinct operand, in the order it first appears. */
    public Set<Operand> operands() {
        return operands;
    }

    /** The value for these operand values (null = missing); null when the result is missing. */
    public @Nullable Double evaluate(Function<Operand, @Nullable Double> values) {
        Double value = root.eval(values);
        return value == null || !Double.isFinite(value) ? null : value;
    }

    /** The normalised text: one space around binary operators, only the parentheses needed, lower-case functions. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndicatorExpression e && e.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /** Which value of an operand's item: the period's own, year to date, or the previous period's. */
    public enum Shift {
        CURRENT,
        YEAR_TO_DATE,
        PREVIOUS
    }

    /** A data item (optionally one cell of its disaggregation) as a formula uses it. */
    public record Operand(String itemCode, @Nullable String comboCode, Shift shift) {

        public static Operand of(String itemCode) {
            return new Operand(itemCode, null, Shift.CURRENT);
        }

        /** As written in a formula: {@code #{A.B}}, {@code ytd(#{A})}, {@code previous(#{A})}. */
        public String text() {
            String ref = "#{" + itemCode + (comboCode == null ? "" : "." + comboCode) + "}";
            return switch (shift) {
                case CURRENT -> ref;
                case YEAR_TO_DATE -> "ytd(" + ref + ")";
                case PREVIOUS -> "previous(" + ref + ")";
            };
        }
    }
}
