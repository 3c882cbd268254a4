package vn.toancanh.datavalues.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.toancanh.datavalues.DataValueQuery;
import vn.toancanh.datavalues.internal.io.ValueSetWriter;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/**
 * The export query parameters. {@code dataSet} is accepted as DHIS2's name for a data group; lists repeat
 * ({@code dataElement=A&dataElement=B}) or are comma-separated.
 */
record ExportParameters(
        @Nullable String dataGroup,
        @Nullable String dataSet,
        @Nullable List<String> dataElement,
        @Nullable List<String> period,
        @Nullable List<String> orgUnit,
        @Nullable String children,
        @Nullable String startDate,
        @Nullable String endDate,
        @Nullable String format) {

    DataValueQuery toQuery() {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = date(startDate, "startDate", problems);
        LocalDate end = date(endDate, "endDate", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DataValueQuery(
                dataGroup != null && !dataGroup.isBlank() ? dataGroup : dataSet,
                split(dataElement),
                split(orgUnit),
                "true".equalsIgnoreCase(children),
                split(period),
                start,
                end);
    }

    ValueSetWriter.Format format(@Nullable String accept) {
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "csv" -> ValueSetWriter.Format.CSV;
            case "xlsx", "excel" -> ValueSetWriter.Format.XLSX;
            case "json" -> ValueSetWriter.Format.JSON;
            case "" -> fromAccept(accept);
            default ->
                throw InvalidInputException.of(
                        "format", "Định dạng \"" + format + "\" không hỗ trợ; dùng json, csv hoặc xlsx");
        };
    }

    private static ValueSetWriter.Format fromAccept(@Nullable String accept) {
        if (accept != null && (accept.contains("text/csv") || accept.contains("application/csv"))) {
            return ValueSetWriter.Format.CSV;
        }
        if (accept != null && accept.contains("spreadsheetml")) {
            return ValueSetWriter.Format.XLSX;
        }
        return ValueSetWriter.Format.JSON;
    }

    private static List<String> split(@Nullable List<String> sent) {
        if (sent == null) {
            return List.of();
        }
        return sent.stream()
                .flatMap(s -> java.util.Arrays.stream(s.split(",")))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    private static @Nullable LocalDate date(@Nullable String sent, String name, List<FieldProblem> problems) {
        if (sent == null || sent.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(sent.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "Ngày \"" + sent + "\" không đúng dạng yyyy-MM-dd"));
            return null;
        }
    }
}
