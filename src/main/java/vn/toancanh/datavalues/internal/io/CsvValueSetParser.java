package vn.toancanh.datavalues.internal.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("dataelement", "dataElement"),
            Map.entry("de", "dataElement"),
            Map.entry("period", "period"),
            Map.entry("pe", "period"),
            Map.entry("orgunit", "orgUnit"),
            Map.entry("ou", "orgUnit"),
            Map.entry("categoryoptioncombo", "categoryOptionCombo"),
            Map.entry("catoptcombo", "categoryOptionCombo"),
            Map.entry("co", "categoryOptionCombo"),
            Map.entry("value", "value"),
            Map.entry("comment", "comment"));
    private static final List<String> REQUIRED = List.of("dataElement", "period", "orgUnit", "value");
    private static final List<String> ALL =
            List.of("dataElement", "period", "orgUnit", "categoryOptionCombo", "value", "comment");

    private final int maxRows;
    private final StringPool pool = new StringPool();

    CsvValueSetParser(int maxRows) {
        this.maxRows = maxRows;
    }

    List<DataValueInput> parse(InputStream body) {
        List<DataValueInput> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).get();
        try (CSVParser csv =
                CSVParser.builder().setReader(utf8(body)).setFormat(format).get()) {
            int[] index = null;
            for (CSVRecord record : csv) {
                if (index == null) {
                    index = header(record);
                } else if (!blank(record)) {
                    if (rows.size() >= maxRows) {
                        throw new PayloadTooLargeException("Quá nhiều dòng: tối đa " + maxRows + " dòng mỗi lần nhập");
                    }
                    rows.add(row(record, index));
                }
            }
            if (index == null) {
                throw InvalidInputException.of("body", "Tệp CSV trống: cần dòng tiêu đề " + String.join(",", ALL));
            }
        } catch (IOException | UncheckedIOException e) {
            throw broken(e, rows.size());
        }
        return rows;
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

    private static int[] header(CSVRecord record) {
        int[] index = new int[ALL.size()];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < record.size(); i++) {
            String canonical =
                    COLUMNS.get(record.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
            if (canonical != null) {
                index[ALL.indexOf(canonical)] = i;
            }
        }
        List<String> missing =
                REQUIRED.stream().filter(c -> index[ALL.indexOf(c)] < 0).toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of(
                    "header",
                    "Tệp CSV thiếu cột: " + String.join(", ", missing) + " (dòng tiêu đề cần có "
                            + String.join(",", ALL) + ")");
        }
        return index;
    }

    private DataValueInput row(CSVRecord record, int[] index) {
        return new DataValueInput(
                pool.share(field(record, index[0])),
                pool.share(field(record, index[1])),
                pool.share(field(record, index[2])),
                pool.share(field(record, index[3])),
                field(record, index[4]),
                field(record, index[5]));
    }

    private static @Nullable String field(CSVRecord record, int i) {
        return i < 0 || i >= record.size() ? null : record.get(i);
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
