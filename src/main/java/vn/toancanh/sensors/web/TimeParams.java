package vn.toancanh.sensors.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.InvalidInputException;

/** {@code from} and {@code to} of a query: an ISO time with an offset, a local time in Vietnam, or a day. */
final class TimeParams {

    private TimeParams() {}

    static @Nullable Instant parse(String field, @Nullable String text, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeException e) {
            // a local time or a day
        }
        try {
            return LocalDateTime.parse(s).atZone(OrganisationService.ZONE).toInstant();
        } catch (DateTimeException e) {
            // a day
        }
        try {
            LocalDate day = LocalDate.parse(s);
            return (endOfDay ? day.plusDays(1) : day)
                    .atStartOfDay(OrganisationService.ZONE)
                    .toInstant()
                    .minusSeconds(endOfDay ? 1 : 0);
        } catch (DateTimeException e) {
            throw InvalidInputException.of(
                    field, "Thời điểm '" + text + "' không đọc được; dùng 2026-09-10T07:00:00+07:00 hoặc 2026-09-10");
        }
    }

    static @Nullable LocalDate day(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw InvalidInputException.of(field, "Ngày '" + text + "' không đọc được; dùng dạng 2026-09-10");
        }
    }
}
