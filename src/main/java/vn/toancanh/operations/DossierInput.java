package vn.toancanh.operations;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A dossier as the one-stop-shop system sends it (JSON or a CSV row with the same column names).
 *
 * @param unit the receiving unit's code (a district department or a commune)
 * @param channel DIRECT, ONLINE_PARTIAL or ONLINE_FULL (toàn trình)
 * @param status RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, RESOLVED, RETURNED or WITHDRAWN
 * @param completedAt when the result was ready (resolved) — decides early, on time or late against {@code dueAt}
 * @param applicantKind CITIZEN, ORGANISATION or BUSINESS
 * @param applicantName shown to officers only, masked in every list
 */
public record DossierInput(
        @Nullable String code,
        @Nullable String procedureCode,
        @Nullable String procedureName,
        @Nullable String sector,
        @Nullable String unit,
        @Nullable String channel,
        @Nullable String status,
        @Nullable OffsetDateTime receivedAt,
        @Nullable OffsetDateTime dueAt,
        @Nullable OffsetDateTime completedAt,
        @Nullable OffsetDateTime returnedAt,
        @Nullable Boolean feePaidOnline,
        @Nullable String applicantKind,
        @Nullable String applicantName) {}
