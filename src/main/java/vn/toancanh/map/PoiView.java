package vn.toancanh.map;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A point of interest as the map shows it.
 *
 * @param unitCode the unit (commune) it lies in, with {@code unitName}; null when outside every mapped unit
 * @param properties the layer's free attributes, as JSON text (an object)
 */
public record PoiView(
        long id,
        PoiLayer layer,
        String name,
        @Nullable String description,
        double latitude,
        double longitude,
        @Nullable String unitCode,
        @Nullable String unitName,
        @Nullable String address,
        Map<String, Object> properties,
        @Nullable String link,
        boolean isPublic,
        Instant updatedAt) {}
