package vn.toancanh.map.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.map.MapService;
import vn.toancanh.map.PoiImportResult;
import vn.toancanh.map.PoiLayer;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/** Points of interest one by one (read by everyone signed in, written by admins) and GeoJSON import/export. */
@RestController
@RequestMapping("/api/map/pois")
@Tag(name = "Bản đồ số", description = "Ranh giới đơn vị, điểm quan tâm (GeoJSON) và tìm kiếm trên bản đồ")
class PoiApiController {

    private final MapService map;

    PoiApiController(MapService map) {
        this.map = map;
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Một điểm theo id")
    PoiResponse get(@PathVariable long id) {
        return PoiResponse.from(map.get(id));
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Thêm điểm; bỏ trống unitCode để hệ thống xác định xã chứa điểm")
    ResponseEntity<PoiResponse> create(@RequestBody PoiRequest request) {
        PoiResponse created = PoiResponse.from(map.create(request.toInput()));
        return ResponseEntity.created(URI.create("/api/map/pois/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Sửa điểm")
    PoiResponse update(@PathVariable long id, @RequestBody PoiRequest request) {
        return PoiResponse.from(map.update(id, request.toInput()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Xoá điểm")
    ResponseEntity<Void> delete(@PathVariable long id) {
        map.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/import")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Nhập điểm từ GeoJSON FeatureCollection of Points, tất cả hoặc không (400 liệt kê mọi đối tượng"
                    + " bị từ chối, field = features[i].thuộc tính). layer: lớp của mọi điểm (bỏ trống: đọc thuộc"
                    + " tính layer); replace=true thay toàn bộ điểm của lớp")
    PoiImportResult importPois(
            @RequestParam(required = false) @Nullable String layer,
            @RequestParam(defaultValue = "false") boolean replace,
            @RequestBody String featureCollection) {
        PoiImportResult result = map.importPois(layer(layer), featureCollection, replace, "API");
        if (!result.ok()) {
            throw new InvalidInputException(result.problems().stream()
                    .map(p -> new FieldProblem(
                            p.index() == 0 ? "body" : "features[" + (p.index() - 1) + "]." + p.field(), p.reason()))
                    .toList());
        }
        return result;
    }

    @GetMapping("/export")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Tải về các điểm của một lớp (hoặc mọi lớp) dưới dạng tệp GeoJSON, nhập lại được")
    ResponseEntity<GeoJson> export(@RequestParam(required = false) @Nullable String layer) {
        PoiLayer parsed = layer(layer);
        String name = "diem-ban-do-"
                + (parsed == null ? "tat-ca" : parsed.name().toLowerCase(java.util.Locale.ROOT)) + ".geojson";
        return ResponseEntity.ok()
                .contentType(MapApiController.GEO_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(GeoJson.of(map.pois(parsed == null ? List.of() : List.of(parsed), null).stream()
                        .map(GeoJson::poi)
                        .toList()));
    }

    static @Nullable PoiLayer layer(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return PoiLayer.parse(text)
                .orElseThrow(() -> InvalidInputException.of("layer", "Lớp '" + text + "' không hợp lệ"));
    }

    /** {@code layer=CAMERA&layer=SCHOOL} or {@code layer=CAMERA,SCHOOL}; unknown names are a 400. */
    static List<PoiLayer> layers(@Nullable List<String> texts) {
        List<PoiLayer> layers = new ArrayList<>();
        if (texts != null) {
            for (String text : texts) {
                for (String part : text.split(",")) {
                    PoiLayer layer = layer(part);
                    if (layer != null && !layers.contains(layer)) {
                        layers.add(layer);
                    }
                }
            }
        }
        return layers;
    }
}
