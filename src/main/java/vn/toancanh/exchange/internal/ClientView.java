package vn.toancanh.exchange.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An external system registered to exchange data. */
public record ClientView(
        long id,
        String name,
        @Nullable String ownerUnit,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String description,
        boolean active,
        Instant createdAt,
        String createdBy,
        int activeKeys) {}
