package vn.toancanh.alerts;

/** Roman numerals of alarm and danger levels, as warnings are spoken of in Vietnam ("báo động II", "cấp IV"). */
public final class FireLevels {

    private static final String[] ROMAN = {"0", "I", "II", "III", "IV", "V"};

    private FireLevels() {}

    public static String roman(int level) {
        return level >= 0 && level < ROMAN.length ? ROMAN[level] : String.valueOf(level);
    }
}
