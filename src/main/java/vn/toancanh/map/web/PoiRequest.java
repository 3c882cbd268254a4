package vn.toancanh.map.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.toancanh.map.PoiInput;
import vn.toancanh.map.PoiLayer;
import vn.toancanh.shared.InvalidInputException;

/** A point as the API receives it; {@code unitCode} may be left out to locate the point in its commune. */
record PoiRequest(
        @Nullable String layer,
        @Nullable String name,
        @Nullable String description,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String unitCode,
        @Nullable String address,
        @Nullable Map<String, Object> properties,
        @Nullable String link,
        @JsonProperty("public") @Nullable Boolean isPublic) {

    PoiInput toInput() {
        PoiLayer parsed = null;
        if (layer != null && !layer.isBlank()) {
            parsed = PoiLayer.parse(layer)
                    .orElseThrow(() -> InvalidInputException.of("layer", "Lớp '" + layer + "' không hợp lệ"));
        }
        return new PoiInput(
                parsed,
                name,
                description,
                latitude,
                longitude,
                unitCode,
                address,
                properties,
                link,
                Boolean.TRUE.equals(isPublic));
    }
}
