package vn.toancanh.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Numbers as Vietnamese people type and read them (1.234,5) versus as the service stores them (1234.5). The
 * entry grid shows the Vietnamese form, so whatever it shows must convert back to the same number: a dot followed by
 * groups of exactly three digits is a thousands separator (1.234 is one thousand two hundred and thirty-four).
 */
public final class VietnameseNumbers {

    private static final Pattern VIETNAMESE = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})*(,\\d+)?|[-+]?\\d+,\\d+");
    private static final Pattern DOTTED_THOUSANDS = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern MACHINE = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private VietnameseNumbers() {}

    /**
     * The machine form of what a person typed: Vietnamese grouping and decimal comma converted, spaces dropped.
     * Anything that is not a number in either form is returned trimmed, so the service can report it as it was
     * typed. Null or blank gives null (an empty cell).
     */
    public static @Nullable String toMachine(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.replace('\u00a0', ' ').replace(" ", "").trim();
        if (s.isEmpty()) {
            return null;
        }
        if (DOTTED_THOUSANDS.matcher(s).matches()
                || (s.indexOf(',') >= 0 && VIETNAMESE.matcher(s).matches())) {
            return plain(s.replace(".", "").replace(',', '.'));
        }
        if (MACHINE.matcher(s).matches()) {
            return plain(s);
        }
        return typed.trim();
    }

    /** The Vietnamese display of a stored value; non-numbers (text, dates, booleans) are shown as stored. */
    public static String format(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        if (!MACHINE.matcher(stored.trim()).matches()) {
            return stored;
        }
        return formatter().format(new BigDecimal(stored.trim()));
    }

    private static String plain(String machine) {
        BigDecimal value = new BigDecimal(machine.startsWith("+") ? machine.substring(1) : machine);
        String text = value.stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    private static DecimalFormat formatter() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.##########", symbols);
        format.setParseBigDecimal(true);
        return format;
    }
}
