package vn.toancanh.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.toancanh.catalog.IndicatorExpression.Operand;
import vn.toancanh.catalog.IndicatorExpression.Shift;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/** The indicator formula language: grammar, precedence, normalised text, missing values and error positions. */
class IndicatorExpressionTests {

    private static @Nullable Double eval(String text) {
        return IndicatorExpression.parse(text).evaluate(o -> null);
    }

    private static @Nullable Double eval(String text, Map<String, Double> values) {
        return IndicatorExpression.parse(text).evaluate(o -> values.get(o.text()));
    }

    private static String error(String text) {
        try {
            IndicatorExpression.parse(text);
        } catch (InvalidInputException e) {
            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("expression");
            return e.problems().get(0).reason();
        }
        throw new AssertionError("no error for " + text);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '`',
            value = {
                "1 + 2 * 3; 7",
                "(1 + 2) * 3; 9",
                "10 - 4 - 3; 3",
                "100 / 10 / 5; 2",
                "-2 * 3; -6",
                "- -2; 2",
                "+5 - +2; 3",
                "2 * -3 + 1; -5",
                "1 + 2 == 3; 1",
                "1 + 2 != 3; 0",
                "3 > 2 && 2 > 1; 1",
                "0 || 0; 0",
                "0 || 2; 1",
                "1 || 0 && 0; 1",
                "(1 || 0) && 0; 0",
                "!0; 1",
                "!5; 0",
                "!1 == 2; 1",
                "!!3; 1",
                "0.1 + 0.2 == 0.3; 1",
                "2 <= 2; 1",
                "2 < 2; 0",
                "2 >= 3; 0",
                "3 > 2 + 2; 0",
                ".5 * 4; 2",
                "if(1 > 0, 10, 20); 10",
                "if(0, 10, 20); 20",
                "greatest(3, 9, 4); 9",
                "least(3, 9, 4); 3",
                "abs(-7.5); 7.5",
                "round(2.345, 2); 2.35",
                "round(2.5); 3",
                "round(-2.5); -3",
                "round(1234, -2); 1200",
                "coalesce(4, 5); 4",
                "ROUND(1.26, 1); 1.3",
            })
    void evaluatesWithPrecedenceAndFunctions(String text, double expected) {
        assertThat(eval(text)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void readsOperandsWithCombosAndShifts() {
        IndicatorExpression e = IndicatorExpression.parse(
                "#{HC-TTHC-01-003}/#{HC-TTHC-01-002}*100 + ytd(#{A_1}) - previous( #{ B.SEX_F } ) + #{HC-TTHC-01-003}");
        assertThat(e.operands())
                .containsExactly(
                        Operand.of("HC-TTHC-01-003"),
                        Operand.of("HC-TTHC-01-002"),
                        new Operand("A_1", null, Shift.YEAR_TO_DATE),
                        new Operand("B", "SEX_F", Shift.PREVIOUS));
        assertThat(e.text())
                .isEqualTo("#{HC-TTHC-01-003} / #{HC-TTHC-01-002} * 100 + ytd(#{A_1}) - previous(#{B.SEX_F})"
                        + " + #{HC-TTHC-01-003}");
    }

    @Test
    void evaluatesOperandValues() {
        Map<String, Double> values =
                Map.of("#{ON}", 30.0, "#{ALL}", 120.0, "ytd(#{ON})", 300.0, "previous(#{ON})", 20.0, "#{P.SEX_F}", 7.0);
        assertThat(eval("#{ON} / #{ALL} * 100", values)).isEqualTo(25.0);
        assertThat(eval("(#{ON} - previous(#{ON})) / previous(#{ON}) * 100", values))
                .isEqualTo(50.0);
        assertThat(eval("ytd(#{ON}) / 10 + #{P.SEX_F}", values)).isEqualTo(37.0);
    }

    @Test
    void aMissingOperandMakesTheResultMissingExceptWhereItMayNot() {
        Map<String, Double> values = new HashMap<>(Map.of("#{A}", 4.0, "#{Z}", 0.0));
        assertThat(eval("#{A} + #{B}", values)).isNull();
        assertThat(eval("-#{B}", values)).isNull();
        assertThat(eval("!#{B}", values)).isNull();
        assertThat(eval("#{B} > 1", values)).isNull();
        assertThat(eval("#{Z} && #{B}", values)).isNull();
        assertThat(eval("abs(#{B})", values)).isNull();
        assertThat(eval("round(#{A}, #{B})", values)).isNull();
        assertThat(eval("if(#{B}, 1, 2)", values)).isNull();
        assertThat(eval("coalesce(#{B}, #{C}, #{A}, 9)", values)).isEqualTo(4.0);
        assertThat(eval("coalesce(#{B}, #{C})", values)).isNull();
        assertThat(eval("greatest(#{B}, #{A}, 1)", values)).isEqualTo(4.0);
        assertThat(eval("least(#{B}, #{A}, 1)", values)).isEqualTo(1.0);
        assertThat(eval("greatest(#{B}, #{C})", values)).isNull();
        assertThat(eval("if(#{A} > 0, #{A}, #{B})", values)).isEqualTo(4.0);
        assertThat(eval("if(#{Z}, #{B}, 5)", values)).isEqualTo(5.0);
        assertThat(eval("if(#{Z}, 5, #{B})", values)).isNull();
    }

    @Test
    void divisionByZeroAndNonFiniteResultsAreMissing() {
        Map<String, Double> values = Map.of("#{A}", 4.0, "#{Z}", 0.0, "#{NAN}", Double.NaN, "#{BIG}", 1e308);
        assertThat(eval("#{A} / #{Z}", values)).isNull();
        assertThat(eval("#{A} / (#{A} - 4)", values)).isNull();
        assertThat(eval("coalesce(#{A} / #{Z}, -1)", values)).isEqualTo(-1.0);
        assertThat(eval("#{NAN} + 1", values)).isNull();
        assertThat(eval("coalesce(#{NAN}, 2)", values)).isEqualTo(2.0);
        assertThat(eval("#{BIG} * 10", values)).isNull();
        assertThat(eval("round(#{A}, 0.5)", values)).isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '`',
            value = {
                "#{a}+#{b}*2; #{a} + #{b} * 2",
                "((#{a}+#{b}))*2; (#{a} + #{b}) * 2",
                "#{a}-(#{b}-#{c}); #{a} - (#{b} - #{c})",
                "(#{a}-#{b})-#{c}; #{a} - #{b} - #{c}",
                "#{a}/(#{b}*#{c}); #{a} / (#{b} * #{c})",
                "-(#{a}+1); -(#{a} + 1)",
                "-(-#{a}); -(-#{a})",
                "+#{a}; #{a}",
                "!(#{a}>1)&&#{b}; !(#{a} > 1) && #{b}",
                "(#{a}>1)==(#{b}<2); (#{a} > 1) == (#{b} < 2)",
                "(!#{a})+1; (!#{a}) + 1",
                "#{a}||#{b}&&#{c}; #{a} || #{b} && #{c}",
                "(#{a}||#{b})&&#{c}; (#{a} || #{b}) && #{c}",
                "100.50 * 007; 100.5 * 7",
                "IF(#{a} >= 0,GREATEST(#{a},1),Round(#{b},2)); if(#{a} >= 0, greatest(#{a}, 1), round(#{b}, 2))",
                "YTD( #{ a . c } ); ytd(#{a.c})",
            })
    void normalisesText(String text, String normalised) {
        IndicatorExpression e = IndicatorExpression.parse(text);
        assertThat(e.text()).isEqualTo(normalised);
        assertThat(IndicatorExpression.parse(e.text())).isEqualTo(e);
    }

    /** Random trees print to text that parses back to the same tree and value. */
    @Test
    void normalisedTextRoundTrips() {
        Random random = new Random(42);
        Map<String, Double> values = Map.of("#{A}", 3.0, "#{B}", -2.0, "#{C}", 0.0);
        for (int n = 0; n < 500; n++) {
            String text = randomExpression(random, 4);
            IndicatorExpression e = IndicatorExpression.parse(text);
            IndicatorExpression again = IndicatorExpression.parse(e.text());
            assertThat(again.text()).as(text).isEqualTo(e.text());
            assertThat(again.evaluate(o -> values.get(o.text())))
                    .as(text)
                    .isEqualTo(e.evaluate(o -> values.get(o.text())));
        }
    }

    private static String randomExpression(Random random, int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return List.of("#{A}", "#{B}", "#{C}", "2", "0.5", "10").get(random.nextInt(6));
        }
        String a = randomExpression(random, depth - 1);
        String b = randomExpression(random, depth - 1);
        return switch (random.nextInt(8)) {
            case 0 -> "(" + a + ")";
            case 1 -> "-" + a;
            case 2 -> "(!" + a + ")";
            case 3 -> "if(" + a + ", " + b + ", " + a + ")";
            case 4 -> "(" + a + " < " + b + ")";
            default -> a + List.of(" + ", " - ", " * ", " / ", " && ", " || ").get(random.nextInt(6)) + b;
        };
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiterString = " => ",
            quoteCharacter = '`',
            value = {
                "(#{A} + #{B} * 2 => Biểu thức sai ở vị trí 17: thiếu dấu ')'",
                "(#{A} + 1 2 => Biểu thức sai ở vị trí 11: thiếu dấu ')' trước '2'",
                "#{A} + => Biểu thức sai ở vị trí 7: biểu thức chưa hết: thiếu số, chỉ tiêu #{…} hoặc '('",
                "#{A} * / 2 => Biểu thức sai ở vị trí 8: thiếu số, chỉ tiêu #{…} hoặc '(' trước '/'",
                "#{A} #{B} => Biểu thức sai ở vị trí 6: thiếu phép toán trước '#{B}'",
                "#{A} + 1) => Biểu thức sai ở vị trí 9: thừa dấu ')'",
                "1, 2 => Biểu thức sai ở vị trí 2: dấu ',' chỉ dùng giữa các đối số của hàm",
                "#{A} = 1 => Biểu thức sai ở vị trí 6: dùng '==' để so sánh bằng",
                "#{A} & 1 => Biểu thức sai ở vị trí 6: dùng '&&' cho phép \"và\"",
                "#{A} | 1 => Biểu thức sai ở vị trí 6: dùng '||' cho phép \"hoặc\"",
                "2 % 3 => Biểu thức sai ở vị trí 3: ký tự '%' không hợp lệ",
                "1 < 2 < 3 => Biểu thức sai ở vị trí 7: không so sánh liên tiếp được; dùng '&&', ví dụ a < b && b < c",
                "1. + 2 => Biểu thức sai ở vị trí 1: số '1.' thiếu phần thập phân",
                "#A => Biểu thức sai ở vị trí 1: sau '#' phải là '{', ví dụ #{HC-TTHC-01-002}",
                "1 + #{A => Biểu thức sai ở vị trí 5: thiếu dấu '}' đóng #{…}",
                "#{} => Biểu thức sai ở vị trí 1: thiếu mã chỉ tiêu trong #{…}",
                "#{Dân số} => Biểu thức sai ở vị trí 1: mã chỉ tiêu 'Dân số' chỉ được gồm chữ không dấu, số, '-' và '_'",
                "#{A.} => Biểu thức sai ở vị trí 1: thiếu mã phân tổ sau dấu '.'",
                "sum(#{A}) => Biểu thức sai ở vị trí 1: không có hàm 'sum'; các hàm dùng được: if, greatest, least, abs, round, coalesce, ytd, previous",
                "abs #{A} => Biểu thức sai ở vị trí 5: thiếu dấu '(' sau tên hàm abs trước '#{A}'",
                "1 + if(#{A}, 2) => Biểu thức sai ở vị trí 5: hàm if cần đúng 3 đối số: if(điều kiện, giá trị khi đúng, giá trị khi sai)",
                "abs(1, 2) => Biểu thức sai ở vị trí 1: hàm abs cần đúng 1 đối số",
                "round() => Biểu thức sai ở vị trí 1: hàm round cần 1 hoặc 2 đối số: round(x) hoặc round(x, số chữ số)",
                "greatest() => Biểu thức sai ở vị trí 1: hàm greatest cần ít nhất 1 đối số",
                "greatest(1, 2 => Biểu thức sai ở vị trí 14: thiếu dấu ')' hoặc ',' trong lời gọi hàm greatest",
                "ytd(#{A} + 1) => Biểu thức sai ở vị trí 5: đối số của hàm ytd phải là đúng một chỉ tiêu, ví dụ ytd(#{MA})",
                "previous(2) => Biểu thức sai ở vị trí 10: đối số của hàm previous phải là đúng một chỉ tiêu, ví dụ previous(#{MA})",
                "ytd(ytd(#{A})) => Biểu thức sai ở vị trí 5: đối số của hàm ytd phải là đúng một chỉ tiêu, ví dụ ytd(#{MA})",
                "ytd(#{A}, #{B}) => Biểu thức sai ở vị trí 5: đối số của hàm ytd phải là đúng một chỉ tiêu, ví dụ ytd(#{MA})",
                "đ + 1 => Biểu thức sai ở vị trí 1: không có hàm 'đ'; các hàm dùng được: if, greatest, least, abs, round, coalesce, ytd, previous",
            })
    void reportsErrorsWithTheirPosition(String text, String reason) {
        assertThat(error(text)).isEqualTo(reason);
    }

    @Test
    void emptyAndDeeplyNestedExpressionsAreRejected() {
        assertThat(error("  ")).isEqualTo("Biểu thức không được để trống");
        assertThatThrownBy(() -> IndicatorExpression.parse(null)).isInstanceOf(InvalidInputException.class);
        assertThat(error("(".repeat(150) + "1" + ")".repeat(150))).endsWith("biểu thức lồng nhau quá sâu");
        assertThat(error("-".repeat(150) + "1")).endsWith("biểu thức lồng nhau quá sâu");
    }

    @Test
    void positionsCountCharactersNotBytes() {
        assertThat(error("#{A} + ử"))
                .isEqualTo("Biểu thức sai ở vị trí 8: không có hàm 'ử'; các hàm dùng được: "
                        + "if, greatest, least, abs, round, coalesce, ytd, previous");
        assertThat(error("#{A} + 😀")).isEqualTo("Biểu thức sai ở vị trí 8: ký tự '😀' không hợp lệ");
    }
}
