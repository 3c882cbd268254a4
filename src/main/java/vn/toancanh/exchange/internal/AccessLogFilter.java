package vn.toancanh.exchange.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The access log's filters: a client, a date range (Vietnam days, inclusive) and a status or class ("4xx"). */
public record AccessLogFilter(
        @Nullable Long clientId,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String status) {}
