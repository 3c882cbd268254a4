package vn.toancanh.map.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tileUrl a Leaflet tile URL template for the base map ({@code https://tiles.example.vn/{z}/{x}/{y}.png});
 *     empty: no base map, the map still shows boundaries and points (offline)
 * @param tileAttribution the attribution the tile provider requires, shown in the map corner
 * @param unit the unit whose children the map shows and in which points are located (the demo district by default)
 * @param maxZoom the highest zoom the tiles offer
 */
@ConfigurationProperties("toancanh.map")
public record MapProperties(
        @DefaultValue("") String tileUrl,
        @DefaultValue("") String tileAttribution,
        @DefaultValue("312") String unit,
        @DefaultValue("18") int maxZoom) {

    public boolean hasTiles() {
        return !tileUrl.isBlank();
    }
}
