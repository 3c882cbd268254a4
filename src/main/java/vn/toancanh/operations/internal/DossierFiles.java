package vn.toancanh.operations.internal;

import java.io.IOException;
import java.io.StringReader;
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
import org.jspecify.annotations.Nullable;
import vn.toancanh.operations.DossierInput;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/**
 * Dossiers from a CSV file or an Excel workbook as the one-stop-shop system exports them: a header row with the JSON field names (any case),
 * then one dossier per row. Times are ISO 8601 with an offset, or Vietnamese local time ({@code 03/11/2026 08:30},
 * {@code 2026-11-03 08:30}, a date alone meaning its start).
 */
public final class DossierFiles {

    static final List<String> COLUMNS = List.of(
            "code",
            "procedureCode",
            "procedureName",
            "sector",
            "unit",
            "channel",
            "status",
            "receivedAt",
            "dueAt",
            "completedAt",
            "returnedAt",
            "feePaidOnline",
            "applicantKind",
            "applicantName");
    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    private static final List<DateTimeFormatter> DAYS =
            List.of(DateTimeFormatter.ofPattern("dd/MM/yyyy"), DateTimeFormatter.ISO_LOCAL_DATE);

    private DossierFiles() {}

    /** The rows, with a problem per unreadable cell ({@code rows[n].field}, rows counted from 1). */
    public record Parsed(List<DossierInput> rows, List<FieldProblem> problems) {}

    /** A CSV file (UTF-8, with or without a byte order mark). */
    public static Parsed parse(byte[] content) {
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
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw InvalidInputException.of("body", "Không đọc được tệp CSV: " + e.getMessage());
        }
        return read(lines, "Tệp CSV");
    }

    /** The first sheet of an Excel workbook: the header row, then a dossier per row; date cells are read as dates. */
    public static Parsed parseExcel(byte[] content) {
        List<List<String>> lines = new ArrayList<>();
        try (org.apache.poi.ss.usermodel.Workbook book =
                org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(content))) {
            org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : excelText(cell, formatter));
                }
                if (cells.stream().anyMatch(v -> !v.isBlank())) {
                    lines.add(cells);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("body", "Không đọc được tệp Excel: " + e.getMessage());
        }
        return read(lines, "Tệp Excel");
    }

    /** A date cell as Vietnam's local time ("2026-11-03 08:30"), any other cell as Excel shows it. */
    private static String excelText(
            org.apache.poi.ss.usermodel.Cell cell, org.apache.poi.ss.usermodel.DataFormatter f) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        }
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.BOOLEAN) {
            return String.valueOf(cell.getBooleanCellValue());
        }
        return f.formatCellValue(cell).strip();
    }

    /** The header line names the columns (any case); each later line is a dossier, numbered from 1. */
    private static Parsed read(List<List<String>> lines, String what) {
        if (lines.isEmpty()) {
            throw InvalidInputException.of("body", what + " trống: cần dòng tiêu đề " + String.join(",", COLUMNS));
        }
        Map<String, Integer> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<String> first = lines.get(0);
        for (int i = 0; i < first.size(); i++) {
            headers.put(first.get(i).replace("\uFEFF", "").strip(), i);
        }
        List<String> missing =
                List.of("code", "procedureName", "sector", "unit", "channel", "status", "receivedAt", "dueAt").stream()
                        .filter(c -> !headers.containsKey(c))
                        .toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of(
                    "body",
                    what + " thiếu cột " + String.join(", ", missing) + "; các cột: " + String.join(",", COLUMNS));
        }
        List<DossierInput> rows = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            Cells cells = new Cells(lines.get(n), headers, n, problems);
            rows.add(new DossierInput(
                    cells.text("code"),
                    cells.text("procedureCode"),
                    cells.text("procedureName"),
                    cells.text("sector"),
                    cells.text("unit"),
                    cells.text("channel"),
                    cells.text("status"),
                    cells.time("receivedAt"),
                    cells.time("dueAt"),
                    cells.time("completedAt"),
                    cells.time("returnedAt"),
                    cells.yes("feePaidOnline"),
                    cells.text("applicantKind"),
                    cells.text("applicantName")));
        }
        return new Parsed(rows, problems);
    }

    /** One record's cells by column name; an unreadable cell is reported and read as empty. */
    private record Cells(List<String> line, Map<String, Integer> headers, int row, List<FieldProblem> problems) {

        @Nullable
        String text(String column) {
            Integer at = headers.get(column);
            if (at == null || at >= line.size()) {
                return null;
            }
            String v = line.get(at);
            return v == null || v.isBlank() ? null : v.strip();
        }

        @Nullable
        OffsetDateTime time(String column) {
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
            for (DateTimeFormatter f : DAYS) {
                try {
                    return LocalDate.parse(v, f)
                            .atStartOfDay(OrganisationService.ZONE)
                            .toOffsetDateTime();
                } catch (DateTimeParseException next) {
                    // try the next form
                }
            }
            problems.add(new FieldProblem(
                    "rows[" + row + "]." + column, "Ngày giờ không đọc được: " + v + " (ví dụ 03/11/2026 08:30)"));
            return null;
        }

        @Nullable
        Boolean yes(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "1", "x", "co", "có", "yes" -> Boolean.TRUE;
                default -> Boolean.FALSE;
            };
        }
    }
}
