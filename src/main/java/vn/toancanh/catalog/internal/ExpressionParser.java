package vn.toancanh.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.IndicatorExpression.Operand;
import vn.toancanh.catalog.IndicatorExpression.Shift;
import vn.toancanh.catalog.internal.ExpressionLexer.Kind;
import vn.toancanh.catalog.internal.ExpressionLexer.Token;
import vn.toancanh.catalog.internal.ExpressionNode.Binary;
import vn.toancanh.catalog.internal.ExpressionNode.Call;
import vn.toancanh.catalog.internal.ExpressionNode.Func;
import vn.toancanh.catalog.internal.ExpressionNode.Num;
import vn.toancanh.catalog.internal.ExpressionNode.Op;
import vn.toancanh.catalog.internal.ExpressionNode.Ref;
import vn.toancanh.catalog.internal.ExpressionNode.Unary;
import vn.toancanh.shared.InvalidInputException;

/** Recursive descent over the grammar of {@link vn.toancanh.catalog.IndicatorExpression}, one method per level. */
public final class ExpressionParser {

    private static final int MAX_DEPTH = 100;
    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=");
    private static final String FUNCTIONS = "if, greatest, least, abs, round, coalesce, ytd, previous";

    private final List<Token> tokens;
    private int next;
    private int depth;

    private ExpressionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static ExpressionNode parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("expression", "Biểu thức không được để trống");
        }
        ExpressionParser parser = new ExpressionParser(ExpressionLexer.tokens(text));
        ExpressionNode root = parser.or();
        Token rest = parser.peek();
        if (rest.kind() != Kind.END) {
            throw ExpressionLexer.error(rest.position(), leftover(rest));
        }
        return root;
    }

    private static String leftover(Token rest) {
        if (rest.is(")")) {
            return "thừa dấu ')'";
        }
        if (rest.is(",")) {
            return "dấu ',' chỉ dùng giữa các đối số của hàm";
        }
        return "thiếu phép toán trước " + rest.shown();
    }

    private ExpressionNode or() {
        enter();
        ExpressionNode left = and();
        while (accept("||")) {
            left = new Binary(Op.OR, left, and());
        }
        depth--;
        return left;
    }

    private ExpressionNode and() {
        ExpressionNode left = not();
        while (accept("&&")) {
            left = new Binary(Op.AND, left, not());
        }
        return left;
    }

    private ExpressionNode not() {
        if (accept("!")) {
            enter();
            ExpressionNode operand = not();
            depth--;
            return new Unary(false, operand);
        }
        return comparison();
    }

    private ExpressionNode comparison() {
        ExpressionNode left = sum();
        if (!isComparison(peek())) {
            return left;
        }
        Op op = Op.of(take().text());
        ExpressionNode right = sum();
        if (isComparison(peek())) {
            throw ExpressionLexer.error(
                    peek().position(), "không so sánh liên tiếp được; dùng '&&', ví dụ a < b && b < c");
        }
        return new Binary(op, left, right);
    }

    private ExpressionNode sum() {
        ExpressionNode left = product();
        while (peek().is("+") || peek().is("-")) {
            Op op = Op.of(take().text());
            left = new Binary(op, left, product());
        }
        return left;
    }

    private ExpressionNode product() {
        ExpressionNode left = unary();
        while (peek().is("*") || peek().is("/")) {
            Op op = Op.of(take().text());
            left = new Binary(op, left, unary());
        }
        return left;
    }

    private ExpressionNode unary() {
        if (peek().is("-") || peek().is("+")) {
            boolean minus = take().is("-");
            enter();
            ExpressionNode operand = unary();
            depth--;
            return minus ? new Unary(true, operand) : operand;
        }
        return primary();
    }

    private ExpressionNode primary() {
        Token token = take();
        return switch (token.kind()) {
            case NUMBER -> new Num(Double.parseDouble(token.text()), token.text());
            case OPERAND -> new Ref(new Operand(token.code(), token.combo(), Shift.CURRENT));
            case NAME -> call(token);
            case END ->
                throw ExpressionLexer.error(token.position(), "biểu thức chưa hết: thiếu số, chỉ tiêu #{…} hoặc '('");
            case SYMBOL -> {
                if (!token.is("(")) {
                    throw ExpressionLexer.error(
                            token.position(), "thiếu số, chỉ tiêu #{…} hoặc '(' trước " + token.shown());
                }
                ExpressionNode inner = or();
                expect(")", "thiếu dấu ')'");
                yield inner;
            }
        };
    }

    private ExpressionNode call(Token name) {
        String function = name.text().toLowerCase(Locale.ROOT);
        boolean shift = function.equals("ytd") || function.equals("previous");
        Func func = shift ? null : func(function);
        if (!shift && func == null) {
            throw ExpressionLexer.error(
                    name.position(), "không có hàm '" + name.text() + "'; các hàm dùng được: " + FUNCTIONS);
        }
        expect("(", "thiếu dấu '(' sau tên hàm " + function);
        if (shift) {
            return shifted(function);
        }
        List<ExpressionNode> args = new ArrayList<>();
        if (!accept(")")) {
            do {
                args.add(or());
            } while (accept(","));
            expect(")", "thiếu dấu ')' hoặc ',' trong lời gọi hàm " + function);
        }
        String arity = arity(func, args.size());
        if (arity != null) {
            throw ExpressionLexer.error(name.position(), arity);
        }
        return new Call(func, List.copyOf(args));
    }

    /** {@code ytd(#{A})} and {@code previous(#{A})} take exactly one plain operand. */
    private ExpressionNode shifted(String function) {
        int position = peek().position();
        ExpressionNode arg = or();
        if (!(arg instanceof Ref ref) || ref.operand().shift() != Shift.CURRENT || peek().is(",")) {
            throw ExpressionLexer.error(
                    position,
                    "đối số của hàm " + function + " phải là đúng một chỉ tiêu, ví dụ " + function + "(#{MA})");
        }
        expect(")", "thiếu dấu ')' sau đối số của hàm " + function);
        Shift shift = function.equals("ytd") ? Shift.YEAR_TO_DATE : Shift.PREVIOUS;
        Operand operand = ref.operand();
        return new Ref(new Operand(operand.itemCode(), operand.comboCode(), shift));
    }

    private static @Nullable Func func(String name) {
        for (Func f : Func.values()) {
            if (f.text().equals(name)) {
                return f;
            }
        }
        return null;
    }

    private static @Nullable String arity(Func func, int count) {
        return switch (func) {
            case IF -> count == 3 ? null : "hàm if cần đúng 3 đối số: if(điều kiện, giá trị khi đúng, giá trị khi sai)";
            case ABS -> count == 1 ? null : "hàm abs cần đúng 1 đối số";
            case ROUND ->
                count == 1 || count == 2 ? null : "hàm round cần 1 hoặc 2 đối số: round(x) hoặc round(x, số chữ số)";
            case GREATEST, LEAST, COALESCE -> count >= 1 ? null : "hàm " + func.text() + " cần ít nhất 1 đối số";
        };
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw ExpressionLexer.error(peek().position(), "biểu thức lồng nhau quá sâu");
        }
    }

    private static boolean isComparison(Token token) {
        return token.kind() == Kind.SYMBOL && COMPARISONS.contains(token.text());
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.kind() != Kind.END) {
            next++;
        }
        return token;
    }

    private boolean accept(String symbol) {
        if (peek().is(symbol)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String symbol, String reason) {
        Token token = peek();
        if (!accept(symbol)) {
            throw ExpressionLexer.error(
                    token.position(), token.kind() == Kind.END ? reason : reason + " trước " + token.shown());
        }
    }
}
