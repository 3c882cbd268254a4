package vn.toancanh.map.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.map.MapSearchHit;
import vn.toancanh.map.MapService;

/** What the map draws, as GeoJSON: unit boundaries and points of interest; and the search over both. */
@RestController
@RequestMapping("/api/map")
@Tag(name = "Bản đồ số", description = "Ranh giới đơn vị, điểm quan tâm (GeoJSON) và tìm kiếm trên bản đồ")
class MapApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final MapService map;

    MapApiController(MapService map) {
        this.map = map;
    }

    @GetMapping("/units")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Ranh giới các đơn vị trực thuộc (GeoJSON FeatureCollection; properties: code, name, kind,"
                    + " level, parent). Chỉ đơn vị còn hiệu lực và có ranh giới")
    ResponseEntity<GeoJson> units(
            @Parameter(description = "Mã đơn vị cấp trên; mặc định là đơn vị của bản đồ (toancanh.map.unit)")
                    @RequestParam(required = false)
                    @Nullable
                    String parent) {
        return geoJson(GeoJson.of(map.units(parent).stream().map(GeoJson::unit).toList()));
    }

    @GetMapping("/pois")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Điểm quan tâm (GeoJSON FeatureCollection of Points): lọc theo lớp (lặp layer=…), tìm không"
                    + " dấu q=…")
    ResponseEntity<GeoJson> pois(
            @Parameter(description = "OFFICE, HERITAGE, CAMERA, LOUDSPEAKER, STATION, SCHOOL, HEALTH_STATION, …")
                    @RequestParam(name = "layer", required = false)
                    @Nullable
                    List<String> layers,
            @RequestParam(required = false) @Nullable String q) {
        return geoJson(GeoJson.of(map.pois(PoiApiController.layers(layers), q).stream()
                .map(GeoJson::poi)
                .toList()));
    }

    @GetMapping("/search")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Tìm đơn vị và điểm theo tên, không phân biệt dấu (q=le thien tìm Lê Thiện)")
    List<MapSearchHit> search(@RequestParam(required = false) @Nullable String q) {
        return map.search(q == null ? "" : q);
    }

    static ResponseEntity<GeoJson> geoJson(GeoJson body) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(body);
    }
}
