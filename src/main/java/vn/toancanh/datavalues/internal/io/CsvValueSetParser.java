package vn.toancanh.datavalues.internal.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.shared.InvalidInputException;

/**
 * Reads DHIS2-style CSV: a header row naming the columns (any order, any case; DHIS2's short names accepted), then
 * one value per row. UTF-8 only: a byte-order mark is skipped, invalid bytes are refused with their line.
 */
final class CsvValueSetParser {

    private final int maxRows;
    private final StringPool pool = new StringPool();

    CsvValueSetParser(int maxRows) {
        this.maxRows = maxRows;
    }

    List<DataValueInput> parse(InputStream body) {
        List<DataValueInput> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(utf8(body), 1 << 16)) {
            int[] index = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.indexOf('"') >= 0) {
                    // Quotes may hide commas and line breaks: commons-csv reads this line and the rest.
                    PushbackReader rest = new PushbackReader(reader, line.length() + 1);
                    rest.unread((line + "\n").toCharArray());
                    index = quoted(rest, index, rows);
                    break;
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = split(line);
                if (index == null) {
                    index = ValueSetColumns.index(List.of(fields), "Tệp CSV");
                } else {
                    add(rows, fields, index);
                }
            }
            if (index == null) {
                throw InvalidInputException.of(
                        "body", "Tệp CSV trống: cần dòng tiêu đề " + String.join(",", ValueSetColumns.ALL));
            }
        } catch (IOException | UncheckedIOException e) {
            throw broken(e, rows.size());
        }
        return rows;
    }

    /**
     * Most files quote nothing; their lines are split on commas directly, which is about three times faster than the
     * general parser. Fields are trimmed as the general parser does.
     */
    private static String[] split(String line) {
        int n = 1;
        for (int i = line.indexOf(','); i >= 0; i = line.indexOf(',', i + 1)) {
            n++;
        }
        String[] fields = new String[n];
        int from = 0;
        for (int k = 0; k < n; k++) {
            int comma = k == n - 1 ? line.length() : line.indexOf(',', from);
            fields[k] = line.substring(from, comma).trim();
            from = comma + 1;
        }
        return fields;
    }

    private @Nullable int[] quoted(Reader reader, @Nullable int[] known, List<DataValueInput> rows) throws IOException {
        int[] index = known;
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).get();
        try (CSVParser csv =
                CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : csv) {
                if (index == null) {
                    index = ValueSetColumns.index(record.toList(), "Tệp CSV");
                } else if (!blank(record)) {
                    add(rows, record.values(), index);
                }
            }
        }
        return index;
    }

    private void add(List<DataValueInput> rows, String[] fields, int[] index) {
        if (rows.size() >= maxRows) {
            throw new PayloadTooLargeException("Quá nhiều dòng: tối đa " + maxRows + " dòng mỗi lần nhập");
        }
        rows.add(new DataValueInput(
                pool.share(field(fields, index[0])),
                pool.share(field(fields, index[1])),
                pool.share(field(fields, index[2])),
                pool.share(field(fields, index[3])),
                field(fields, index[4]),
                field(fields, index[5])));
    }

    private static @Nullable String field(String[] fields, int i) {
        return i < 0 || i >= fields.length ? null : fields[i];
    }

    private static Reader utf8(InputStream body) throws IOException {
        BufferedInputStream in = new BufferedInputStream(body, 1 << 16);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
        return new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static boolean blank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    private static InvalidInputException broken(Exception e, int rowsRead) {
        String where = " sau dòng dữ liệu " + rowsRead;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return InvalidInputException.of(
                        "body", "Tệp CSV không phải UTF-8 hợp lệ" + where + " (hãy lưu tệp với mã hóa UTF-8)");
            }
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        return InvalidInputException.of("body", "Tệp CSV không hợp lệ" + where + ": " + message);
    }
}
