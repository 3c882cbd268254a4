package vn.toancanh.datavalues.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;

/**
 * Writes staged rows in PostgreSQL's binary COPY format, in 64 KiB pieces so the server reads one piece while the
 * next is built: ids and doubles arrive as bytes to copy instead of digits to format, parse and split into lines, and
 * nothing needs escaping. Measured on 100,000-value requests against the text format: the staged re-import wrote in
 * about 7% less time, the direct copy of new values within noise.
 */
final class CopyBinary {

    /** COPY … FROM STDIN with this option reads the binary format. */
    static final String FORMAT = " WITH (FORMAT binary)";

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int CAPACITY = 1 << 16;

    private final CopyIn copy;
    private final ByteBuffer buf = ByteBuffer.allocate(CAPACITY);

    private CopyBinary(CopyIn copy) {
        this.copy = copy;
    }

    /**
     * Writes the key, value, numeric value and comment of each row, then the {@code extra} text columns (the same
     * for every row), and ends the COPY.
     */
    static void write(CopyIn copy, List<StagedValue> rows, String... extra) throws SQLException {
        byte[][] constants = new byte[extra.length][];
        for (int i = 0; i < extra.length; i++) {
            constants[i] = utf8(extra[i]);
        }
        CopyBinary out = new CopyBinary(copy);
        out.buf.put(SIGNATURE).putInt(0).putInt(0);
        for (StagedValue v : rows) {
            out.row(v, constants);
        }
        out.room(2);
        out.buf.putShort((short) -1);
        out.flush();
        copy.endCopy();
    }

    private void row(StagedValue v, byte[][] constants) throws SQLException {
        room(2 + 12 + 12 + 8 + 12);
        buf.putShort((short) (7 + constants.length));
        buf.putInt(8).putLong(v.itemId());
        buf.putInt(8).putLong(v.unitId());
        buf.putInt(4).putInt(v.periodId());
        buf.putInt(8).putLong(v.optionComboId());
        text(v.value() == null ? null : utf8(v.value()));
        room(12);
        if (v.numericValue() == null) {
            buf.putInt(-1);
        } else {
            buf.putInt(8).putDouble(v.numericValue());
        }
        text(v.comment() == null ? null : utf8(v.comment()));
        for (byte[] constant : constants) {
            text(constant);
        }
    }

    private void text(byte @Nullable [] bytes) throws SQLException {
        room(4);
        if (bytes == null) {
            buf.putInt(-1);
            return;
        }
        buf.putInt(bytes.length);
        if (bytes.length > buf.remaining()) {
            flush();
            copy.writeToCopy(bytes, 0, bytes.length);
        } else {
            buf.put(bytes);
        }
    }

    private void room(int bytes) throws SQLException {
        if (buf.remaining() < bytes) {
            flush();
        }
    }

    private void flush() throws SQLException {
        copy.writeToCopy(buf.array(), 0, buf.position());
        buf.clear();
    }

    /** PostgreSQL text cannot hold NUL: dropped rather than failing the batch (as the text format did). */
    private static byte[] utf8(String s) {
        return (s.indexOf('\0') < 0 ? s : s.replace("\0", "")).getBytes(StandardCharsets.UTF_8);
    }
}
