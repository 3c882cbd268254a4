package vn.toancanh.exchange.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One access log entry ({@code rowCount}: values returned or written, where the endpoint says); {@code clientName} is filled in for lists, not part of the hashed content. */
public record AccessLogView(
        long id,
        @Nullable Long clientId,
        @Nullable String clientName,
        @Nullable String keyPrefix,
        String method,
        String path,
        int status,
        long responseBytes,
        @Nullable Long rowCount,
        long durationMillis,
        Instant loggedAt,
        @Nullable String clientAddress,
        String prevHash,
        String entryHash) {}
