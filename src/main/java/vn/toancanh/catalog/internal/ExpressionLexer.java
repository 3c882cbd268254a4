package vn.toancanh.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.InvalidInputException;

/** Splits a formula into tokens; positions count characters from 1, as a person reads them. */
final class ExpressionLexer {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]+");
    private static final List<String> SYMBOLS =
            List.of("||", "&&", "==", "!=", "<=", ">=", "<", ">", "!", "+", "-", "*", "/", "(", ")", ",");

    enum Kind {
        NUMBER,
        OPERAND,
        NAME,
        SYMBOL,
        END
    }

    /** One token; an operand carries its item and combo codes. */
    record Token(
            Kind kind,
            String text,
            int position,
            @Nullable String code,
            @Nullable String combo) {

        boolean is(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        /** How the token is named in a message. */
        String shown() {
            return kind == Kind.END ? "cuối biểu thức" : "'" + text + "'";
        }
    }

    private final String text;
    private int i;

    private ExpressionLexer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) {
        ExpressionLexer lexer = new ExpressionLexer(text);
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = lexer.next();
            tokens.add(token);
        } while (token.kind() != Kind.END);
        return tokens;
    }

    static InvalidInputException error(int position, String reason) {
        return InvalidInputException.of("expression", "Biểu thức sai ở vị trí " + position + ": " + reason);
    }

    private int position(int index) {
        return text.codePointCount(0, index) + 1;
    }

    private Token next() {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int start = i;
        if (i >= text.length()) {
            return new Token(Kind.END, "", position(start), null, null);
        }
        char c = text.charAt(i);
        if (Character.isDigit(c) || (c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
            return number(start);
        }
        if (c == '#') {
            return operand(start);
        }
        if (Character.isLetter(c) || c == '_') {
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                i++;
            }
            return new Token(Kind.NAME, text.substring(start, i), position(start), null, null);
        }
        for (String symbol : SYMBOLS) {
            if (text.startsWith(symbol, i)) {
                i += symbol.length();
                return new Token(Kind.SYMBOL, symbol, position(start), null, null);
            }
        }
        throw error(
                position(start),
                switch (c) {
                    case '=' -> "dùng '==' để so sánh bằng";
                    case '&' -> "dùng '&&' cho phép \"và\"";
                    case '|' -> "dùng '||' cho phép \"hoặc\"";
                    default ->
                        "ký tự '" + text.substring(i, i + Character.charCount(text.codePointAt(i))) + "' không hợp lệ";
                });
    }

    private Token number(int start) {
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
            if (i >= text.length() || !Character.isDigit(text.charAt(i))) {
                throw error(position(start), "số '" + text.substring(start, i) + "' thiếu phần thập phân");
            }
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
        }
        return new Token(Kind.NUMBER, text.substring(start, i), position(start), null, null);
    }

    /** {@code #{CODE}} or {@code #{CODE.COMBO}}, spaces allowed inside the braces. */
    private Token operand(int start) {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '{') {
            throw error(position(start), "sau '#' phải là '{', ví dụ #{HC-TTHC-01-002}");
        }
        int close = text.indexOf('}', i + 2);
        if (close < 0) {
            throw error(position(start), "thiếu dấu '}' đóng #{…}");
        }
        String inside = text.substring(i + 2, close).trim();
        i = close + 1;
        int dot = inside.indexOf('.');
        String code = (dot < 0 ? inside : inside.substring(0, dot)).trim();
        String combo = dot < 0 ? null : inside.substring(dot + 1).trim();
        if (code.isEmpty()) {
            throw error(position(start), "thiếu mã chỉ tiêu trong #{…}");
        }
        if (!CODE.matcher(code).matches()) {
            throw error(position(start), "mã chỉ tiêu '" + code + "' chỉ được gồm chữ không dấu, số, '-' và '_'");
        }
        if (combo != null && !CODE.matcher(combo).matches()) {
            throw error(
                    position(start),
                    combo.isEmpty()
                            ? "thiếu mã phân tổ sau dấu '.'"
                            : "mã phân tổ '" + combo + "' chỉ được gồm chữ không dấu, số, '-' và '_'");
        }
        return new Token(Kind.OPERAND, text.substring(start, i), position(start), code, combo);
    }
}
