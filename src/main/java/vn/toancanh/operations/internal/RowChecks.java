package vn.toancanh.operations.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.FieldProblem;

/**
 * The checks imported dossiers and documents share, each adding its mistake in Vietnamese to {@code problems} under
 * the field it names ({@code rows[n].field}) and returning null when the value is not usable.
 */
final class RowChecks {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{3,60}");

    private RowChecks() {}

    /**
     * The units an import names by code, and whether the importing user may write to each.
     *
     * @param byCode the units found for the codes the rows name; an unknown code has none
     */
    record Units(Map<String, UnitView> byCode, Predicate<UnitView> mayWrite) {

        /** The unit a row names, provided it names one ({@code missing} if not) that exists and the user may write to. */
        @Nullable
        UnitView check(@Nullable String code, String field, String missing, String noun, List<FieldProblem> problems) {
            UnitView unit = null;
            String unitCode = strip(code);
            if (unitCode == null) {
                problems.add(new FieldProblem(field, missing));
            } else if ((unit = byCode.get(unitCode)) == null) {
                problems.add(new FieldProblem(field, "Không có đơn vị mã " + unitCode));
            } else if (!mayWrite.test(unit)) {
                problems.add(new FieldProblem(field, "Bạn không được nhập " + noun + " của " + unit.name()));
            }
            return unit;
        }
    }

    /** A record's code, the key an import is idempotent by: 3 to 60 unaccented letters, digits, '.', '-' or '_'. */
    static @Nullable String code(@Nullable String value, String field, String noun, List<FieldProblem> problems) {
        String code = strip(value);
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem(field, "Mã " + noun + " gồm 3–60 chữ không dấu, số, '.', '-' hoặc '_'"));
        }
        return code;
    }

    /** A required text of at most {@code max} characters; {@code what} names it in the message ("số, ký hiệu"). */
    static @Nullable String required(
            @Nullable String value, int max, String field, String what, List<FieldProblem> problems) {
        String v = strip(value);
        if (v == null) {
            problems.add(new FieldProblem(field, "Cần " + what));
        } else if (v.length() > max) {
            problems.add(new FieldProblem(field, capitalised(what) + " tối đa " + max + " ký tự"));
        }
        return v;
    }

    /** One of an enum's constants, case ignored; {@code message} lists them when the value is none of them. */
    static <E extends Enum<E>> @Nullable E oneOf(
            Class<E> type, @Nullable String value, String field, String message, List<FieldProblem> problems) {
        E parsed = parse(type, value);
        if (parsed == null) {
            problems.add(new FieldProblem(field, message));
        }
        return parsed;
    }

    /** The text without surrounding blanks; null when there is none. */
    static @Nullable String strip(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
