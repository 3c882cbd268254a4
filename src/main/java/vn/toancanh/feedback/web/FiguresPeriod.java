package vn.toancanh.feedback.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.organisation.OrganisationService;

/** The quick periods the figures page offers, from today (Vietnam time): this month, the last 3 months, this year. */
enum FiguresPeriod {
    THIS_MONTH,
    LAST_3_MONTHS,
    THIS_YEAR;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static FiguresPeriod of(@Nullable String name) {
        for (FiguresPeriod p : values()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return THIS_MONTH;
    }

    static List<FiguresPeriod> choices() {
        return List.of(values());
    }

    LocalDate firstDay(LocalDate today) {
        return switch (this) {
            case THIS_MONTH -> today.withDayOfMonth(1);
            case LAST_3_MONTHS -> today.withDayOfMonth(1).minusMonths(2);
            case THIS_YEAR -> today.withDayOfYear(1);
        };
    }

    Instant from(LocalDate today) {
        return firstDay(today).atStartOfDay(OrganisationService.ZONE).toInstant();
    }

    Instant to(LocalDate today) {
        return today.plusDays(1).atStartOfDay(OrganisationService.ZONE).toInstant();
    }

    /** "01/10/2026 – 03/12/2026". */
    String label(LocalDate today) {
        return DAY.format(firstDay(today)) + " – " + DAY.format(today);
    }
}
