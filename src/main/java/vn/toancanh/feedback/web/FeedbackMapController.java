package vn.toancanh.feedback.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.feedback.FeedbackFilter;
import vn.toancanh.feedback.FeedbackService;
import vn.toancanh.feedback.FeedbackStatus;
import vn.toancanh.feedback.FeedbackView;
import vn.toancanh.feedback.PublicFeedbackView;
import vn.toancanh.map.MapService;
import vn.toancanh.map.MapUnitView;

/**
 * Feedback on the map: the public layer (the last 90 days' requests, declined ones left out, nothing personal), the
 * officers' layer (the requests they may see, with their deadline state) and the communes' outlines the form's map
 * draws.
 */
@RestController
class FeedbackMapController {

    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final int LIMIT = 5000;

    private final FeedbackService feedback;
    private final MapService map;

    FeedbackMapController(FeedbackService feedback, MapService map) {
        this.feedback = feedback;
        this.map = map;
    }

    @GetMapping("/portal/feedback/area.geojson")
    @PreAuthorize("permitAll()")
    ResponseEntity<FeedbackGeoJson> area() {
        List<FeedbackGeoJson.Feature> features = new ArrayList<>();
        for (MapUnitView u : map.units(null)) {
            if (u.geometry() != null) {
                features.add(FeedbackGeoJson.area(u));
            }
        }
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(FeedbackGeoJson.of(features));
    }

    @GetMapping("/portal/feedback/requests.geojson")
    @PreAuthorize("permitAll()")
    ResponseEntity<FeedbackGeoJson> publicRequests() {
        List<FeedbackStatus> shown = List.of(
                FeedbackStatus.NEW,
                FeedbackStatus.ASSIGNED,
                FeedbackStatus.IN_PROGRESS,
                FeedbackStatus.RESOLVED,
                FeedbackStatus.CLOSED);
        Instant now = Instant.now();
        List<FeedbackGeoJson.Feature> features = new ArrayList<>();
        for (PublicFeedbackView r : feedback.publicList(shown, null, now.minus(Duration.ofDays(90)), null, LIMIT)) {
            if (r.latitude() == null || r.longitude() == null) {
                continue;
            }
            Map<String, @Nullable Object> p = new LinkedHashMap<>();
            p.put("code", r.code());
            p.put("category", r.categoryName());
            p.put("status", r.status().name());
            p.put("statusLabel", r.status().labelVi());
            p.put("open", r.status().open());
            p.put("url", "/portal/feedback/" + r.code());
            features.add(FeedbackGeoJson.point(r.code(), r.latitude(), r.longitude(), p));
        }
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .body(FeedbackGeoJson.of(features));
    }

    @GetMapping("/feedback/requests.geojson")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<FeedbackGeoJson> staffRequests(@RequestParam(defaultValue = "true") boolean openOnly) {
        FeedbackFilter filter = new FeedbackFilter(
                openOnly ? List.of(FeedbackStatus.NEW, FeedbackStatus.ASSIGNED, FeedbackStatus.IN_PROGRESS) : List.of(),
                null,
                null,
                null,
                openOnly ? null : Instant.now().minus(Duration.ofDays(90)),
                null,
                false);
        List<FeedbackGeoJson.Feature> features = new ArrayList<>();
        for (FeedbackView r : feedback.listAll(filter, LIMIT)) {
            if (r.latitude() == null || r.longitude() == null) {
                continue;
            }
            Map<String, @Nullable Object> p = new LinkedHashMap<>();
            p.put("code", r.code());
            p.put("category", r.categoryName());
            p.put("status", r.status().name());
            p.put("statusLabel", r.status().labelVi());
            p.put("timeliness", r.timeliness().name());
            p.put("timelinessLabel", r.timeliness().labelVi());
            p.put("unit", r.unitName());
            p.put("url", "/feedback/" + r.code());
            features.add(FeedbackGeoJson.point(r.code(), r.latitude(), r.longitude(), p));
        }
        return ResponseEntity.ok().contentType(GEO_JSON).body(FeedbackGeoJson.of(features));
    }
}
