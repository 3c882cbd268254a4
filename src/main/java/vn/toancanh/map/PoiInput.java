package vn.toancanh.map;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a caller supplies to create or edit a point of interest.
 *
 * @param unitCode the unit it lies in; null to find it from the point (the mapped unit whose boundary contains it)
 * @param properties free attributes, strings or numbers, shown in the popup
 */
public record PoiInput(
        @Nullable PoiLayer layer,
        String name,
        @Nullable String description,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String unitCode,
        @Nullable String address,
        Map<String, Object> properties,
        @Nullable String link,
        boolean isPublic) {

    public PoiInput {
        name = name == null ? "" : name.trim();
        description = blankToNull(description);
        unitCode = blankToNull(unitCode);
        address = blankToNull(address);
        link = blankToNull(link);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
