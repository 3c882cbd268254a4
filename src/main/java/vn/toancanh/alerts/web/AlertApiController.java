package vn.toancanh.alerts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.alerts.AlertEventFilter;
import vn.toancanh.alerts.AlertEventView;
import vn.toancanh.alerts.AlertRuleInput;
import vn.toancanh.alerts.AlertRuleKind;
import vn.toancanh.alerts.AlertRuleView;
import vn.toancanh.alerts.AlertService;
import vn.toancanh.alerts.AlertSeverity;
import vn.toancanh.alerts.AlertState;
import vn.toancanh.alerts.AlertSummary;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;

/** Alerts and their rules for other systems and the pages' scripts (the bell, the map). */
@RestController
@RequestMapping("/api/alerts")
@Tag(name = "Alerts", description = "Warning rules and the alert events they open")
class AlertApiController {

    private final AlertService alerts;

    AlertApiController(AlertService alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Alert events the caller may see; by default the unresolved, the most severe first")
    PageResult<AlertEventView> list(
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer pageSize,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable AlertState state,
            @RequestParam(required = false) @Nullable Boolean current,
            @RequestParam(required = false) @Nullable AlertSeverity severity,
            @RequestParam(required = false) @Nullable AlertRuleKind kind,
            @RequestParam(required = false) @Nullable String unit) {
        boolean onlyCurrent = current == null ? state == null : current;
        return alerts.events(
                PageQuery.of(page, pageSize, q, null), new AlertEventFilter(state, onlyCurrent, severity, kind, unit));
    }

    @GetMapping("/summary")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The bell's counts: unresolved, not yet acknowledged, critical")
    AlertSummary summary() {
        return alerts.summary();
    }

    @GetMapping("/current.geojson")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Unresolved alerts that have a place (stations), as GeoJSON points for the map")
    Map<String, Object> geojson() {
        List<Map<String, Object>> features = alerts.current(500).stream()
                .filter(e -> e.lat() != null && e.lon() != null)
                .map(e -> {
                    Map<String, Object> props = new LinkedHashMap<>();
                    props.put("id", e.id());
                    props.put("severity", e.severity().name());
                    props.put("level", e.level());
                    props.put("title", e.title());
                    props.put("cause", e.cause());
                    props.put("unit", e.unitName());
                    props.put("link", "/alerts/" + e.id());
                    return Map.<String, Object>of(
                            "type",
                            "Feature",
                            "geometry",
                            Map.of("type", "Point", "coordinates", List.of(e.lon(), e.lat())),
                            "properties",
                            props);
                })
                .toList();
        return Map.of("type", "FeatureCollection", "features", features);
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    AlertEventView event(@PathVariable long id) {
        return alerts.event(id);
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Take an alert in hand (leaders, admins, officers of its unit)")
    AlertEventView acknowledge(@PathVariable long id) {
        return alerts.acknowledge(id);
    }

    @PostMapping("/{id}/resolve")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Resolve an alert with an optional note; it does not reopen while its cause persists")
    AlertEventView resolve(@PathVariable long id, @RequestBody(required = false) @Nullable ResolveRequest request) {
        return alerts.resolve(id, request == null ? null : request.resolution());
    }

    /** A resolution's note. */
    record ResolveRequest(@Nullable String resolution) {}

    @GetMapping("/rules")
    @PreAuthorize("isAuthenticated()")
    List<AlertRuleView> rules() {
        return alerts.rules();
    }

    @GetMapping("/rules/{code}")
    @PreAuthorize("isAuthenticated()")
    AlertRuleView rule(@PathVariable String code) {
        return alerts.rule(code);
    }

    @PostMapping("/rules")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a rule; it is evaluated at once")
    AlertRuleView create(@RequestBody AlertRuleInput input) {
        AlertRuleView created = alerts.createRule(input);
        return alerts.evaluate(created.code());
    }

    @PutMapping("/rules/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    AlertRuleView update(@PathVariable String code, @RequestBody AlertRuleInput input) {
        alerts.updateRule(code, input);
        return alerts.evaluate(code);
    }

    @PostMapping("/rules/{code}/evaluate")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Evaluate a rule now")
    AlertRuleView evaluate(@PathVariable String code) {
        return alerts.evaluate(code);
    }

    @DeleteMapping("/rules/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String code) {
        alerts.deleteRule(code);
    }
}
