package vn.toancanh.datavalues.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.DataItemView;

/**
 * Checks a value against its item's type and bounds. Import values are machine values: a decimal point, no
 * thousands separators (1234.5, not 1.234,5), so a spreadsheet's locale never silently changes a figure.
 */
public final class ValueParser {

    public static final int MAX_TEXT_LENGTH = 50_000;
    private static final String DECIMAL_HINT =
            " (dùng dấu chấm thập phân, không dùng dấu phân cách hàng nghìn," + " ví dụ 1234.5)";

    private ValueParser() {}

    /** A value ready to store, or the reason it was rejected. */
    public record Parsed(
            String text, @Nullable Double numeric, @Nullable String error) {

        static Parsed ok(String text, @Nullable Double numeric) {
            return new Parsed(text, numeric, null);
        }

        static Parsed error(String reason) {
            return new Parsed("", null, reason);
        }

        public boolean isValid() {
            return error == null;
        }
    }

    public static Parsed parse(DataItemView item, String raw) {
        String s = raw.strip();
        return switch (item.valueType()) {
            case NUMBER -> bounded(item, number(s, isNumber(s), "Giá trị phải là số" + DECIMAL_HINT));
            case INTEGER -> bounded(item, number(s, isInteger(s), "Giá trị phải là số nguyên (ví dụ 1234)"));
            case PERCENTAGE -> bounded(item, percentage(s));
            case BOOLEAN -> bool(s);
            case DATE -> date(s);
            case TEXT ->
                raw.length() > MAX_TEXT_LENGTH
                        ? Parsed.error("Văn bản dài quá " + MAX_TEXT_LENGTH + " ký tự")
                        : Parsed.ok(raw, null);
        };
    }

    private static Parsed number(String s, boolean wellFormed, String reason) {
        if (!wellFormed) {
            return Parsed.error(reason);
        }
        double d = Double.parseDouble(s);
        return Double.isFinite(d) ? Parsed.ok(s, d) : Parsed.error("Giá trị số quá lớn");
    }

    /**
     * {@code -?\\d+(\\.\\d+)?([eE][+-]?\\d{1,3})?}, scanned by hand: a regular expression match cost as much as
     * the rest of a row's validation.
     */
    static boolean isNumber(String s) {
        int i = digits(s, s.startsWith("-") ? 1 : 0);
        if (i < 0) {
            return false;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            i = digits(s, i + 1);
            if (i < 0) {
                return false;
            }
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int from = i + 1 < s.length() && (s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-') ? i + 2 : i + 1;
            i = digits(s, from);
            if (i < 0 || i - from > 3) {
                return false;
            }
        }
        return i == s.length();
    }

    /** {@code -?\\d{1,18}}. */
    static boolean isInteger(String s) {
        int from = s.startsWith("-") ? 1 : 0;
        int end = digits(s, from);
        return end == s.length() && end - from <= 18;
    }

    /** The index after the run of ASCII digits starting at {@code from}, or -1 when there is none. */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i == from ? -1 : i;
    }

    private static Parsed percentage(String s) {
        Parsed p = number(s, isNumber(s), "Tỷ lệ phải là số từ 0 đến 100" + DECIMAL_HINT);
        if (p.isValid() && (p.numeric() < 0 || p.numeric() > 100)) {
            return Parsed.error("Tỷ lệ phải nằm trong khoảng 0 đến 100");
        }
        return p;
    }

    private static Parsed bounded(DataItemView item, Parsed p) {
        if (!p.isValid()) {
            return p;
        }
        BigDecimal min = item.minValue();
        BigDecimal max = item.maxValue();
        if (min != null && p.numeric() < min.doubleValue()) {
            return Parsed.error("Giá trị nhỏ hơn mức tối thiểu " + min.toPlainString() + " của chỉ tiêu");
        }
        if (max != null && p.numeric() > max.doubleValue()) {
            return Parsed.error("Giá trị lớn hơn mức tối đa " + max.toPlainString() + " của chỉ tiêu");
        }
        return p;
    }

    private static Parsed bool(String s) {
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
            String text = s.toLowerCase(java.util.Locale.ROOT);
            return Parsed.ok(text, null);
        }
        return Parsed.error("Giá trị đúng/sai phải là true hoặc false");
    }

    private static Parsed date(String s) {
        try {
            LocalDate.parse(s);
            return Parsed.ok(s, null);
        } catch (DateTimeParseException e) {
            return Parsed.error("Ngày phải theo dạng ISO yyyy-MM-dd (ví dụ 2024-03-15)");
        }
    }
}
