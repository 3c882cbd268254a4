package vn.toancanh.exchange.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import vn.toancanh.exchange.internal.AccessLogFilter;
import vn.toancanh.shared.InvalidInputException;

/** The access log's query parameters: client id, from/to dates (yyyy-MM-dd), status (404 or 4xx), page and size. */
record AccessLogParams(
        @Nullable Long client,
        @Nullable String from,
        @Nullable String to,
        @Nullable String status,
        @Nullable Integer page,
        @Nullable Integer size) {

    AccessLogFilter filter() {
        return new AccessLogFilter(client, date(from, "from"), date(to, "to"), blank(status) ? null : status);
    }

    int pageOrFirst() {
        return page == null || page < 1 ? 1 : page;
    }

    int sizeOrDefault() {
        return size == null || size < 1 ? 50 : Math.min(size, 500);
    }

    private static @Nullable LocalDate date(@Nullable String s, String field) {
        if (blank(s)) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "Ngày không đúng định dạng năm-tháng-ngày (2026-12-01)");
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
