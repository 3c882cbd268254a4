package vn.toancanh.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.map.PoiLayer;
import vn.toancanh.portal.internal.HeritageSites;
import vn.toancanh.portal.internal.PortalUrls;
import vn.toancanh.portal.internal.PublicMap;
import vn.toancanh.portal.internal.QrCodes;
import vn.toancanh.shared.InvalidInputException;

/** The heritage sites' QR codes and photos, and the GeoJSON the portal's small maps draw. */
@RestController
class HeritageMediaController {

    private final HeritageSites heritage;
    private final PortalUrls urls;
    private final PublicRequests requests;
    private final PublicMap map;

    HeritageMediaController(HeritageSites heritage, PortalUrls urls, PublicRequests requests, PublicMap map) {
        this.heritage = heritage;
        this.urls = urls;
        this.requests = requests;
        this.map = map;
    }

    /** A PNG QR code that opens the site's page at the portal's public address. */
    @GetMapping("/portal/heritage/{id}/qr.png")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> qr(
            @PathVariable long id, @RequestParam(required = false) @Nullable String size, HttpServletRequest request) {
        requests.limit(PublicRequests.QR_BUCKET, request);
        int pixels = PublicRequests.size(size, 512, QrCodes.MAX_SIZE);
        if (pixels < QrCodes.MIN_SIZE) {
            throw InvalidInputException.of(
                    "size", "size phải là số nguyên từ " + QrCodes.MIN_SIZE + " đến " + QrCodes.MAX_SIZE);
        }
        heritage.get(id);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(QrCodes.png(pageUrl(id, request), pixels));
    }

    @GetMapping("/portal/heritage/photos/{photoId}.jpg")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> photo(@PathVariable long photoId) {
        var file = heritage.photo(photoId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)))
                .body(file.content());
    }

    @GetMapping("/portal/api/map.geojson")
    @PreAuthorize("permitAll()")
    ResponseEntity<Map<String, Object>> geoJson(
            @RequestParam(required = false) @Nullable String layers, HttpServletRequest request) {
        requests.limit(PublicRequests.DATA_BUCKET, request);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(map.geoJson(layers(layers)));
    }

    String pageUrl(long id, HttpServletRequest request) {
        return urls.base(request) + "/portal/heritage/" + id;
    }

    static Set<PoiLayer> layers(@Nullable String text) {
        Set<PoiLayer> layers = EnumSet.noneOf(PoiLayer.class);
        if (text == null || text.isBlank()) {
            return layers;
        }
        if (text.length() > 200) {
            throw InvalidInputException.of("layers", "Danh sách lớp dài quá");
        }
        for (String part : text.split(",")) {
            PoiLayer layer = PoiLayer.parse(part)
                    .filter(PublicMap.LAYERS::contains)
                    .orElseThrow(() -> InvalidInputException.of(
                            "layers", "Lớp bản đồ không có trên cổng công dân: " + part.strip()));
            layers.add(layer);
        }
        return layers;
    }
}
