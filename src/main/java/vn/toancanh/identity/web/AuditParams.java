package vn.toancanh.identity.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.identity.internal.AuditFilter;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/** The audit log filters as the page, the CSV export and the API receive them. Dates: dd/MM/yyyy or yyyy-MM-dd. */
record AuditParams(
        @Nullable String user,
        @Nullable String action,
        @Nullable String entityType,
        @Nullable String from,
        @Nullable String to,
        @Nullable String q) {

    /** The filter, or an {@link InvalidInputException} naming each date that is not a date. */
    AuditFilter toFilter() {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate fromDate = date("from", from, problems);
        LocalDate toDate = date("to", to, problems);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            problems.add(new FieldProblem("to", "Ngày kết thúc phải sau ngày bắt đầu"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AuditFilter(user, upper(action), entityType, fromDate, toDate, q);
    }

    private static @Nullable String upper(@Nullable String s) {
        return s == null ? null : s.trim().toUpperCase(java.util.Locale.ROOT);
    }

    private static @Nullable LocalDate date(String field, @Nullable String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.trim();
        try {
            return s.contains("/") ? LocalDate.parse(s, VIETNAMESE) : LocalDate.parse(s, ISO);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Ngày không hợp lệ (dd/MM/yyyy): " + s));
            return null;
        }
    }

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    /** Strict, so 31/02/2025 is an error rather than quietly 28/02/2025. */
    private static final DateTimeFormatter VIETNAMESE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
}
