package vn.toancanh.catalog.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.IndicatorExpression.Operand;

/** The parsed tree of an indicator formula: evaluation with missing values, and printing with minimal parentheses. */
public sealed interface ExpressionNode {

    int OR = 1;
    int AND = 2;
    int NOT = 3;
    int CMP = 4;
    int ADD = 5;
    int MUL = 6;
    int UNARY = 7;
    int ATOM = 8;

    @Nullable
    Double eval(Function<Operand, @Nullable Double> values);

    /** How tightly the node binds, so a parent knows when to put it in parentheses. */
    int precedence();

    void print(StringBuilder out);

    void collect(Set<Operand> operands);

    static String print(ExpressionNode node) {
        StringBuilder out = new StringBuilder();
        node.print(out);
        return out.toString();
    }

    private static void printChild(StringBuilder out, ExpressionNode child, int atLeast) {
        boolean parens = child.precedence() < atLeast;
        out.append(parens ? "(" : "");
        child.print(out);
        out.append(parens ? ")" : "");
    }

    private static @Nullable Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static double bool(boolean value) {
        return value ? 1 : 0;
    }

    /** Equal within rounding noise, so 0.1 + 0.2 == 0.3 holds as people expect. */
    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    record Num(double value, String literal) implements ExpressionNode {

        public @Nullable Double eval(Function<Operand, @Nullable Double> values) {
            return value;
        }

        public int precedence() {
            return ATOM;
        }

        public void print(StringBuilder out) {
            out.append(new BigDecimal(literal).stripTrailingZeros().toPlainString());
        }

        public void collect(Set<Operand> operands) {}
    }

    record Ref(Operand operand) implements ExpressionNode {

        public @Nullable Double eval(Function<Operand, @Nullable Double> values) {
            Double value = values.apply(operand);
            return value == null ? null : finite(value);
        }

        public int precedence() {
            return ATOM;
        }

        public void print(StringBuilder out) {
            out.append(operand.text());
        }

        public void collect(Set<Operand> operands) {
            operands.add(operand);
        }
    }

    /** Unary minus ({@code negate}) or logical not. */
    record Unary(boolean negate, ExpressionNode operand) implements ExpressionNode {

        public @Nullable Double eval(Function<Operand, @Nullable Double> values) {
            Double value = operand.eval(values);
            if (value == null) {
                return null;
            }
            return negate ? -value : bool(value == 0);
        }

        public int precedence() {
            return negate ? UNARY : NOT;
        }

        public void print(StringBuilder out) {
            out.append(negate ? "-" : "!");
            // "-(-x)" and "!(a == b)" read better than "--x" and "!a == b", and parse the same.
            boolean nested = operand instanceof Unary u && u.negate;
            printChild(out, operand, nested ? ATOM : UNARY);
        }

        public void collect(Set<Operand> operands) {
            operand.collect(operands);
        }
    }

    enum Op {
        OR("||", ExpressionNode.OR),
        AND("&&", ExpressionNode.AND),
        EQ("==", CMP),
        NE("!=", CMP),
        LT("<", CMP),
        LE("<=", CMP),
        GT(">", CMP),
        GE(">=", CMP),
        PLUS("+", ADD),
        MINUS("-", ADD),
        TIMES("*", MUL),
        DIVIDE("/", MUL);

        final String symbol;
        final int precedence;

        Op(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }

        static @Nullable Op of(String symbol) {
            for (Op op : values()) {
                if (op.symbol.equals(symbol)) {
                    return op;
                }
            }
            return null;
        }
    }

    record Binary(Op op, ExpressionNode left, ExpressionNode right) implements ExpressionNode {

        public @Nullable Double eval(Function<Operand, @Nullable Double> values) {
            Double l = left.eval(values);
            Double r = right.eval(values);
            if (l == null || r == null) {
                return null;
            }
            double a = l;
            double b = r;
            return switch (op) {
                case OR -> bool(a != 0 || b != 0);
                case AND -> bool(a != 0 && b != 0);
                case EQ -> bool(same(a, b));
                case NE -> bool(!same(a, b));
                case LT -> bool(a < b && !same(a, b));
                case LE -> bool(a < b || same(a, b));
                case GT -> bool(a > b && !same(a, b));
                case GE -> bool(a > b || same(a, b));
                case PLUS -> finite(a + b);
                case MINUS -> finite(a - b);
                case TIMES -> finite(a * b);
                case DIVIDE -> b == 0 ? null : finite(a / b);
            };
        }

        public int precedence() {
            return op.precedence;
        }

        /** Left-associative: the right operand binds tighter; a comparison's operands are sums. */
        public void print(StringBuilder out) {
            boolean comparison = op.precedence == CMP;
            printChild(out, left, comparison ? ADD : op.precedence);
            out.append(' ').append(op.symbol).append(' ');
            printChild(out, right, comparison ? ADD : op.precedence + 1);
        }

        public void collect(Set<Operand> operands) {
            left.collect(operands);
            right.collect(operands);
        }
    }

    enum Func {
        IF,
        GREATEST,
        LEAST,
        ABS,
        ROUND,
        COALESCE;

        String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record Call(Func func, List<ExpressionNode> args) implements ExpressionNode {

        public @Nullable Double eval(Function<Operand, @Nullable Double> values) {
            return switch (func) {
                case IF -> {
                    Double condition = args.get(0).eval(values);
                    yield condition == null
                            ? null
                            : args.get(condition != 0 ? 1 : 2).eval(values);
                }
                case GREATEST, LEAST -> extreme(values, func == Func.GREATEST);
                case COALESCE ->
                    args.stream()
                            .map(a -> a.eval(values))
                            .filter(v -> v != null)
                            .findFirst()
                            .orElse(null);
                case ABS -> {
                    Double x = args.get(0).eval(values);
                    yield x == null ? null : Math.abs(x);
                }
                case ROUND -> round(values);
            };
        }

        private @Nullable Double extreme(Function<Operand, @Nullable Double> values, boolean greatest) {
            Double best = null;
            for (ExpressionNode arg : args) {
                Double v = arg.eval(values);
                if (v != null && (best == null || (greatest ? v > best : v < best))) {
                    best = v;
                }
            }
            return best;
        }

        /** Half up, as people round by hand; digits must be a whole number from -15 to 15. */
        private @Nullable Double round(Function<Operand, @Nullable Double> values) {
            Double x = args.get(0).eval(values);
            Double digits = args.size() > 1 ? args.get(1).eval(values) : Double.valueOf(0);
            if (x == null || digits == null || digits != Math.rint(digits) || Math.abs(digits) > 15) {
                return null;
            }
            return BigDecimal.valueOf(x)
                    .setScale(digits.intValue(), RoundingMode.HALF_UP)
                    .doubleValue();
        }

        public int precedence() {
            return ATOM;
        }

        public void print(StringBuilder out) {
            out.append(func.text()).append('(');
            for (int i = 0; i < args.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                args.get(i).print(out);
            }
            out.append(')');
        }

        public void collect(Set<Operand> operands) {
            args.forEach(a -> a.collect(operands));
        }
    }
}
