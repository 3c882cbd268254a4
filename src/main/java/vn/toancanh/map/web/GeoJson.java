package vn.toancanh.map.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.toancanh.map.MapUnitView;
import vn.toancanh.map.PoiView;

/** GeoJSON (RFC 7946) as the map API writes it: a FeatureCollection of units or points. */
record GeoJson(String type, List<Feature> features) {

    /** {@code geometry} is GeoJSON text, written as it is. */
    record Feature(String type, Object id, @JsonRawValue String geometry, Map<String, Object> properties) {}

    static GeoJson of(List<Feature> features) {
        return new GeoJson("FeatureCollection", features);
    }

    static Feature unit(MapUnitView u) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", u.code());
        p.put("name", u.name());
        p.put("kind", u.kind().name());
        p.put("kindLabel", u.kind().labelVi());
        p.put("level", u.level());
        p.put("parent", u.parentCode());
        p.put("latitude", u.latitude());
        p.put("longitude", u.longitude());
        p.put("url", "/units/" + u.code());
        return new Feature("Feature", u.code(), u.geometry(), p);
    }

    /** The point's fields, then its free attributes: the shape the import reads back. */
    static Feature poi(PoiView poi) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", poi.id());
        p.put("layer", poi.layer().name());
        p.put("name", poi.name());
        p.put("description", poi.description());
        p.put("address", poi.address());
        p.put("unitCode", poi.unitCode());
        p.put("unitName", poi.unitName());
        p.put("link", poi.link());
        p.put("public", poi.isPublic());
        poi.properties().forEach(p::putIfAbsent);
        String point = "{\"type\":\"Point\",\"coordinates\":[" + poi.longitude() + "," + poi.latitude() + "]}";
        return new Feature("Feature", poi.id(), point, p);
    }
}
