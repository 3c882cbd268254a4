package vn.toancanh.portal.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.map.MapService;
import vn.toancanh.map.MapUnitView;
import vn.toancanh.map.PoiLayer;
import vn.toancanh.map.PoiView;

/**
 * The portal's small maps as one GeoJSON: the communes' boundaries and the public points of the layers a page asks
 * for. Only the layers citizens look up may be asked for (never cameras or loudspeakers), only points marked public are
 * included, and of each only its name, address and commune, not the layer's free attributes.
 */
@Component
public class PublicMap {

    public static final Set<PoiLayer> LAYERS =
            Set.of(PoiLayer.HERITAGE, PoiLayer.SCHOOL, PoiLayer.HEALTH_STATION, PoiLayer.PROJECT, PoiLayer.OFFICE);

    private final MapService map;
    private final JsonMapper json;

    PublicMap(MapService map, JsonMapper json) {
        this.map = map;
        this.json = json;
    }

    public Map<String, Object> geoJson(Set<PoiLayer> layers) {
        List<Object> features = new ArrayList<>();
        for (MapUnitView unit : map.units(null)) {
            if (unit.geometry() == null) {
                continue;
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", "Feature");
            f.put("geometry", json.readTree(unit.geometry()));
            f.put("properties", Map.of("kind", "unit", "name", unit.name()));
            features.add(f);
        }
        if (!layers.isEmpty()) {
            for (PoiView poi : map.pois(layers, null)) {
                if (poi.isPublic() && LAYERS.contains(poi.layer())) {
                    features.add(point(poi));
                }
            }
        }
        return Map.of("type", "FeatureCollection", "features", features);
    }

    private static Map<String, Object> point(PoiView poi) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("kind", "poi");
        properties.put("layer", poi.layer().name());
        properties.put("name", poi.name());
        properties.put("address", poi.address() == null ? "" : poi.address());
        properties.put("unit", poi.unitName() == null ? "" : poi.unitName());
        if (poi.layer() == PoiLayer.HERITAGE) {
            properties.put("url", "/portal/heritage/" + poi.id());
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("geometry", Map.of("type", "Point", "coordinates", List.of(poi.longitude(), poi.latitude())));
        f.put("properties", properties);
        return f;
    }
}
