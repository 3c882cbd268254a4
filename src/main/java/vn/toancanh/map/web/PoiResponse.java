package vn.toancanh.map.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.toancanh.map.PoiLayer;
import vn.toancanh.map.PoiView;

/** One point as the API returns it. */
record PoiResponse(
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
        @JsonProperty("public") boolean isPublic,
        Instant updatedAt) {

    static PoiResponse from(PoiView p) {
        return new PoiResponse(
                p.id(),
                p.layer(),
                p.name(),
                p.description(),
                p.latitude(),
                p.longitude(),
                p.unitCode(),
                p.unitName(),
                p.address(),
                p.properties(),
                p.link(),
                p.isPublic(),
                p.updatedAt());
    }
}
