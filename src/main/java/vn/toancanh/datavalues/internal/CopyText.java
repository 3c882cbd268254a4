package vn.toancanh.datavalues.internal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;

/**
 * Writes staged rows as PostgreSQL COPY text (tab-separated, {@code \N} for null), in 64 KiB pieces so the server
 * parses one piece while the next is built.
 */
final class CopyText {

    private static final int FLUSH_CHARS = 1 << 16;

    private CopyText() {}

    /**
     * Writes the key, value, numeric value and comment of each row, followed by {@code suffix} (further columns, each
     * preceded by a tab, already escaped) and a newline.
     */
    static void write(CopyIn copy, List<StagedValue> rows, String suffix) throws SQLException {
        StringBuilder buf = new StringBuilder(FLUSH_CHARS + 1024);
        for (StagedValue v : rows) {
            buf.append(v.itemId()).append('\t').append(v.unitId()).append('\t');
            buf.append(v.periodId()).append('\t').append(v.optionComboId()).append('\t');
            text(buf, v.value()).append('\t');
            numeric(buf, v).append('\t');
            text(buf, v.comment()).append(suffix).append('\n');
            if (buf.length() >= FLUSH_CHARS) {
                flush(copy, buf);
            }
        }
        flush(copy, buf);
    }

    /**
     * A validated number's text is a plain decimal literal PostgreSQL parses to the same double, so it is sent as is
     * instead of formatting the double again; only exponents (which PostgreSQL refuses when they underflow) are
     * formatted from the double.
     */
    private static StringBuilder numeric(StringBuilder buf, StagedValue v) {
        Double d = v.numericValue();
        if (d == null) {
            return buf.append("\\N");
        }
        String s = v.value();
        if (s == null || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            return buf.append(d.doubleValue());
        }
        return buf.append(s);
    }

    private static void flush(CopyIn copy, StringBuilder buf) throws SQLException {
        byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buf.setLength(0);
    }

    /** COPY text format: NULL is \N; backslash, tab, newline and carriage return are escaped. */
    static StringBuilder text(StringBuilder buf, @Nullable String s) {
        if (s == null) {
            return buf.append("\\N");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> buf.append("\\\\");
                case '\t' -> buf.append("\\t");
                case '\n' -> buf.append("\\n");
                case '\r' -> buf.append("\\r");
                case '\0' -> {} // PostgreSQL text cannot hold NUL; dropped rather than failing the batch
                default -> buf.append(c);
            }
        }
        return buf;
    }
}
