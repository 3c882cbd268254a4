package vn.toancanh.operations.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/**
 * A table as other systems export it — a CSV file or an Excel workbook's first sheet — whose header row names the
 * columns with the JSON field names (any case). Times are ISO 8601 with an offset, or Vietnamese local time
 * ({@code 03/11/2026 08:30}, {@code 2026-11-03 08:30}, a date alone meaning its start); dates {@code 03/11/2026} or
 * {@code 2026-11-03}.
 */
public final class TableFile {

    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    private static final List<DateTimeFormatter> DAYS =
            List.of(DateTimeFormatter.ofPattern("dd/MM/yyyy"), DateTimeFormatter.ISO_LOCAL_DATE);

    /** The data lines (numbered from 1 after the header) and the column of each header name. */
    public record Table(List<List<String>> lines, Map<String, Integer> headers) {

        public int size() {
            return lines.size();
        }

        /** Line {@code n} (from 1) as cells, unreadable cells reported to {@code problems} as {@code rows[n].column}. */
        public Cells row(int n, List<FieldProblem> problems) {
            return new Cells(lines.get(n - 1), headers, n, problems);
        }
    }

    private TableFile() {}

    /** A CSV file (UTF-8, with or without a byte order mark) that must have the {@code required} columns. */
    public static Table csv(byte[] content, List<String> required, List<String> columns) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<List<String>> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                lines.add(record.toList());
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw InvalidInputException.of("body", "Không đọc được tệp CSV: " + e.getMessage());
        }
        return table(lines, required, columns, "Tệp CSV");
    }

    /** The first sheet of an Excel workbook; date cells are read as Vietnam's local time. */
    public static Table excel(byte[] content, List<String> required, List<String> columns) {
        List<List<String>> lines = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            DataFormatter formatter = new DataFormatter();
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : excelText(cell, formatter));
                }
                if (cells.stream().anyMatch(v -> !v.isBlank())) {
                    lines.add(cells);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("body", "Không đọc được tệp Excel: " + e.getMessage());
        }
        return table(lines, required, columns, "Tệp Excel");
    }

    private static String excelText(Cell cell, DataFormatter f) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        }
        if (cell.getCellType() == CellType.BOOLEAN) {
            return String.valueOf(cell.getBooleanCellValue());
        }
        return f.formatCellValue(cell).strip();
    }

    private static Table table(List<List<String>> lines, List<String> required, List<String> columns, String what) {
        if (lines.isEmpty()) {
            throw InvalidInputException.of("body", what + " trống: cần dòng tiêu đề " + String.join(",", columns));
        }
        Map<String, Integer> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<String> first = lines.get(0);
        for (int i = 0; i < first.size(); i++) {
            headers.put(first.get(i).replace("\uFEFF", "").strip(), i);
        }
        List<String> missing =
                required.stream().filter(c -> !headers.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of(
                    "body",
                    what + " thiếu cột " + String.join(", ", missing) + "; các cột: " + String.join(",", columns));
        }
        return new Table(lines.subList(1, lines.size()), headers);
    }

    /** One record's cells by column name; an unreadable cell is reported and read as empty. */
    public record Cells(List<String> line, Map<String, Integer> headers, int row, List<FieldProblem> problems) {

        public @Nullable String text(String column) {
            Integer at = headers.get(column);
            if (at == null || at >= line.size()) {
                return null;
            }
            String v = line.get(at);
            return v == null || v.isBlank() ? null : v.strip();
        }

        public @Nullable OffsetDateTime time(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(v);
            } catch (DateTimeParseException notIso) {
                // local time of Vietnam
            }
            for (DateTimeFormatter f : LOCAL) {
                try {
                    return LocalDateTime.parse(v, f)
                            .atZone(OrganisationService.ZONE)
                            .toOffsetDateTime();
                } catch (DateTimeParseException next) {
                    // try the next form
                }
            }
            LocalDate day = day(v);
            if (day != null) {
                return day.atStartOfDay(OrganisationService.ZONE).toOffsetDateTime();
            }
            problems.add(new FieldProblem(
                    "rows[" + row + "]." + column, "Ngày giờ không đọc được: " + v + " (ví dụ 03/11/2026 08:30)"));
            return null;
        }

        /** A date; an Excel date cell (read as a time at midnight) counts as its day. */
        public @Nullable LocalDate date(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            LocalDate day = day(v.endsWith(" 00:00:00") ? v.substring(0, v.length() - 9) : v);
            if (day == null) {
                problems.add(new FieldProblem(
                        "rows[" + row + "]." + column, "Ngày không đọc được: " + v + " (ví dụ 03/11/2026)"));
            }
            return day;
        }

        public @Nullable Double number(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return Double.valueOf(v.replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("rows[" + row + "]." + column, "Không phải số: " + v));
                return null;
            }
        }

        public @Nullable Boolean yes(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "1", "x", "co", "có", "yes" -> Boolean.TRUE;
                default -> Boolean.FALSE;
            };
        }

        private static @Nullable LocalDate day(String v) {
            for (DateTimeFormatter f : DAYS) {
                try {
                    return LocalDate.parse(v, f);
                } catch (DateTimeParseException next) {
                    // try the next form
                }
            }
            return null;
        }
    }
}
