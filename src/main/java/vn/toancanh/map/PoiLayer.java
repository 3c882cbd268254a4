package vn.toancanh.map;

import java.util.Locale;
import java.util.Optional;

/** The point layers of the map. UI labels are in the map messages ({@code map.layer.CAMERA}). */
public enum PoiLayer {
    OFFICE,
    HERITAGE,
    CAMERA,
    LOUDSPEAKER,
    STATION,
    SCHOOL,
    HEALTH_STATION,
    PROJECT,
    OTHER;

    /** By name, ignoring case and accepting {@code health-station}; empty when unknown. */
    public static Optional<PoiLayer> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (PoiLayer layer : values()) {
            if (layer.name().equals(key)) {
                return Optional.of(layer);
            }
        }
        return Optional.empty();
    }
}
