package vn.toancanh.feedback.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.feedback.FeedbackFilter;
import vn.toancanh.feedback.FeedbackStatus;
import vn.toancanh.feedback.FeedbackTimeliness;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.Period;

/**
 * A list's filters as the page and the API take them: a status (or {@code OPEN} for the three still waiting), the
 * category and unit codes, the timeliness, only possible duplicates, and the days received from and to (dd/MM/yyyy,
 * both included, Vietnam time) — or a period ({@code 202611}, {@code 2026Q4}), which fills in both days: the link a
 * dashboard's figure of feedback received opens.
 */
record FeedbackListParams(
        @Nullable String status,
        @Nullable String category,
        @Nullable String unit,
        @Nullable FeedbackTimeliness timeliness,
        @Nullable Boolean duplicates,
        @Nullable String from,
        @Nullable String to,
        @Nullable String period) {

    FeedbackListParams {
        Period p = blank(period) ? null : Period.parse(period.strip()).orElse(null);
        if (p != null && blank(from) && blank(to)) {
            from = p.startDate().format(DAY);
            to = p.endDate().format(DAY);
        }
    }

    static final String OPEN = "OPEN";
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** The filter, or every problem at once (field names {@code status}, {@code from}, {@code to}). */
    FeedbackFilter filter() {
        List<FieldProblem> problems = new ArrayList<>();
        if (!blank(period) && Period.parse(period.strip()).isEmpty()) {
            problems.add(new FieldProblem("period", "Không có kỳ " + period.strip() + " (ví dụ 202611, 2026Q4, 2026)"));
        }
        List<FeedbackStatus> statuses = statuses(problems);
        LocalDate fromDay = day(from, "from", problems);
        LocalDate toDay = day(to, "to", problems);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            problems.add(new FieldProblem("to", "Ngày đến phải sau hoặc bằng ngày từ"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new FeedbackFilter(
                statuses,
                blank(category) ? null : category.strip(),
                blank(unit) ? null : unit.strip(),
                timeliness,
                start(fromDay),
                start(toDay == null ? null : toDay.plusDays(1)),
                Boolean.TRUE.equals(duplicates));
    }

    private List<FeedbackStatus> statuses(List<FieldProblem> problems) {
        if (blank(status)) {
            return List.of();
        }
        if (OPEN.equals(status.strip())) {
            return List.of(FeedbackStatus.NEW, FeedbackStatus.ASSIGNED, FeedbackStatus.IN_PROGRESS);
        }
        try {
            return List.of(FeedbackStatus.valueOf(status.strip()));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("status", "Không có trạng thái " + status.strip()));
            return List.of();
        }
    }

    private static @Nullable LocalDate day(@Nullable String text, String field, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DAY);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Ngày không hợp lệ, hãy viết theo dạng ngày/tháng/năm (31/12/2026)"));
            return null;
        }
    }

    private static @Nullable Instant start(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(OrganisationService.ZONE).toInstant();
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
