package vn.toancanh.sensors.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.toancanh.sensors.IngestResult.Rejected;
import vn.toancanh.sensors.RawReading;

/**
 * Reads a CSV of readings with the header {@code station,measure,time,value} (in any order; a semicolon also
 * separates; quotes around a cell allowed). Kept small and fast: a logger's export has a million lines.
 */
public final class ReadingCsv {

    /** The rows read, and problems with the file itself (row 0). */
    public record Parsed(List<RawReading> rows, List<Rejected> problems) {}

    private static final List<String> COLUMNS = List.of("station", "measure", "time", "value");

    private ReadingCsv() {}

    public static Parsed parse(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<RawReading> rows = new ArrayList<>();
        int pos = 0;
        int end = text.length();
        String header = null;
        int[] column = new int[4];
        char separator = ',';
        while (pos < end) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? end : nl;
            String line =
                    text.substring(pos, lineEnd > pos && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd);
            pos = lineEnd + 1;
            if (line.isBlank()) {
                continue;
            }
            if (header == null) {
                header = line;
                separator = line.indexOf(',') < 0 && line.indexOf(';') >= 0 ? ';' : ',';
                List<String> names = split(line, separator);
                for (int c = 0; c < 4; c++) {
                    column[c] = names.stream()
                            .map(h -> h.strip().toLowerCase(Locale.ROOT))
                            .toList()
                            .indexOf(COLUMNS.get(c));
                }
                if (java.util.Arrays.stream(column).anyMatch(c -> c < 0)) {
                    return new Parsed(
                            List.of(),
                            List.of(new Rejected(0, "header", "Dòng tiêu đề phải là station,measure,time,value")));
                }
                continue;
            }
            List<String> cells = split(line, separator);
            rows.add(new RawReading(
                    cell(cells, column[0]), cell(cells, column[1]), cell(cells, column[2]), cell(cells, column[3])));
        }
        if (header == null) {
            return new Parsed(List.of(), List.of(new Rejected(0, "header", "Tệp CSV trống")));
        }
        return new Parsed(rows, List.of());
    }

    private static @Nullable String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : null;
    }

    private static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>(4);
        if (line.indexOf('"') < 0) {
            int start = 0;
            for (int i = 0; i <= line.length(); i++) {
                if (i == line.length() || line.charAt(i) == separator) {
                    cells.add(line.substring(start, i));
                    start = i + 1;
                }
            }
            return cells;
        }
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
