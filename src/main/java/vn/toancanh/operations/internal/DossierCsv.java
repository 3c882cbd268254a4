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
 * Dossiers from a CSV file as the one-stop-shop system exports it: a header row with the JSON field names (any case),
 * then one dossier per row. Times are ISO 8601 with an offset, or Vietnamese local time ({@code 03/11/2026 08:30},
 * {@code 2026-11-03 08:30}, a date alone meaning its start).
 */
public final class DossierCsv {

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

    private DossierCsv() {}

    /** The rows, with a problem per unreadable cell ({@code rows[n].field}, rows counted from 1). */
    public record Parsed(List<DossierInput> rows, List<FieldProblem> problems) {}

    public static Parsed parse(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<DossierInput> rows = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            parser.getHeaderNames().forEach(h -> headers.put(h.strip(), h));
            List<String> missing =
                    List.of("code", "procedureName", "sector", "unit", "channel", "status", "receivedAt", "dueAt")
                            .stream()
                            .filter(c -> !headers.containsKey(c))
                            .toList();
            if (!missing.isEmpty()) {
                throw InvalidInputException.of(
                        "body",
                        "Tệp CSV thiếu cột " + String.join(", ", missing) + "; các cột: " + String.join(",", COLUMNS));
            }
            int n = 0;
            for (CSVRecord record : parser) {
                n++;
                Cells cells = new Cells(record, headers, n, problems);
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
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw InvalidInputException.of("body", "Không đọc được tệp CSV: " + e.getMessage());
        }
        return new Parsed(rows, problems);
    }

    /** One record's cells by column name; an unreadable cell is reported and read as empty. */
    private record Cells(CSVRecord record, Map<String, String> headers, int row, List<FieldProblem> problems) {

        @Nullable
        String text(String column) {
            String header = headers.get(column);
            if (header == null || !record.isMapped(header) || !record.isSet(header)) {
                return null;
            }
            String v = record.get(header);
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
