package vn.toancanh.feedback.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.toancanh.map.MapUnitView;

/** GeoJSON (RFC 7946) of feedback points and of the communes a citizen pins a place in. */
record FeedbackGeoJson(String type, List<Feature> features) {

    /** {@code geometry} is GeoJSON text, written as it is. */
    record Feature(String type, Object id, @JsonRawValue String geometry, Map<String, Object> properties) {}

    static FeedbackGeoJson of(List<Feature> features) {
        return new FeedbackGeoJson("FeatureCollection", features);
    }

    static Feature area(MapUnitView u) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", u.code());
        p.put("name", u.name());
        return new Feature("Feature", u.code(), u.geometry(), p);
    }

    static Feature point(String id, double latitude, double longitude, Map<String, @Nullable Object> properties) {
        return new Feature(
                "Feature",
                id,
                "{\"type\":\"Point\",\"coordinates\":[" + longitude + "," + latitude + "]}",
                new LinkedHashMap<>(properties));
    }
}
