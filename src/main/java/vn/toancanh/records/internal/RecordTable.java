package vn.toancanh.records.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
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
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.records.RecordInput;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/**
 * Records' metadata from a CSV file (UTF-8) or an Excel workbook's first sheet whose header row names the columns
 * {@link #COLUMNS} (any case); dates {@code 03/11/2026} or {@code 2026-11-03}. Unreadable cells are reported as
 * {@code rows[n].column}, n counting data rows from 1.
 */
public final class RecordTable {

    public static final List<String> COLUMNS = List.of(
            "code", "title", "type", "unit", "subjectName", "dateFrom", "dateTo", "retention", "sharing", "pageCount");
    private static final List<String> REQUIRED = List.of("code", "title", "type", "unit", "dateFrom", "retention");
    private static final List<DateTimeFormatter> DAYS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private RecordTable() {}

    /** The rows of the file: an Excel workbook when it is a ZIP (xlsx), else CSV. */
    public static List<RecordInput> parse(byte[] content, List<FieldProblem> problems) {
        boolean excel = content.length > 4 && content[0] == 'P' && content[1] == 'K';
        List<List<String>> lines = excel ? excel(content) : csv(content);
        if (lines.isEmpty()) {
            throw InvalidInputException.of("file", "Tệp trống: cần dòng tiêu đề " + String.join(",", COLUMNS));
        }
        Map<String, Integer> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < lines.get(0).size(); i++) {
            headers.put(lines.get(0).get(i).replace("\uFEFF", "").strip(), i);
        }
        List<String> missing =
                REQUIRED.stream().filter(c -> !headers.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of(
                    "file", "Tệp thiếu cột " + String.join(", ", missing) + "; các cột: " + String.join(",", COLUMNS));
        }
        List<RecordInput> rows = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            List<String> line = lines.get(n);
            String at = "rows[" + n + "].";
            rows.add(new RecordInput(
                    cell(line, headers, "code"),
                    cell(line, headers, "title"),
                    cell(line, headers, "type"),
                    cell(line, headers, "unit"),
                    blankToNull(cell(line, headers, "subjectName")),
                    date(cell(line, headers, "dateFrom"), at + "dateFrom", problems),
                    date(cell(line, headers, "dateTo"), at + "dateTo", problems),
                    cell(line, headers, "retention"),
                    sharing(cell(line, headers, "sharing"), at + "sharing", problems),
                    number(cell(line, headers, "pageCount"), at + "pageCount", problems)));
        }
        return rows;
    }

    private static List<List<String>> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
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
            throw InvalidInputException.of("file", "Không đọc được tệp CSV: " + e.getMessage());
        }
        return lines;
    }

    private static List<List<String>> excel(byte[] content) {
        List<List<String>> lines = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            DataFormatter formatter = new DataFormatter();
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        cells.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
                    } else {
                        cells.add(formatter.formatCellValue(cell).strip());
                    }
                }
                if (cells.stream().anyMatch(v -> !v.isBlank())) {
                    lines.add(cells);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("file", "Không đọc được tệp Excel: " + e.getMessage());
        }
        return lines;
    }

    private static String cell(List<String> line, Map<String, Integer> headers, String column) {
        Integer i = headers.get(column);
        return i == null || i >= line.size() ? "" : line.get(i).strip();
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }

    public static @Nullable LocalDate date(String s, String field, List<FieldProblem> problems) {
        if (s.isBlank()) {
            return null;
        }
        for (DateTimeFormatter f : DAYS) {
            try {
                return LocalDate.parse(s.strip(), f);
            } catch (DateTimeParseException ignored) {
                // the next format
            }
        }
        problems.add(new FieldProblem(field, "Ngày không hợp lệ: " + s + " (dd/MM/yyyy)"));
        return null;
    }

    private static @Nullable SharingLevel sharing(String s, String field, List<FieldProblem> problems) {
        if (s.isBlank()) {
            return null;
        }
        try {
            return SharingLevel.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "Mức chia sẻ là PUBLIC, INTERNAL hoặc RESTRICTED"));
            return null;
        }
    }

    private static @Nullable Integer number(String s, String field, List<FieldProblem> problems) {
        if (s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "Số trang phải là số nguyên"));
            return null;
        }
    }
}
