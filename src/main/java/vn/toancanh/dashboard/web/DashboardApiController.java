package vn.toancanh.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.dashboard.DashboardInput;
import vn.toancanh.dashboard.DashboardService;

/**
 * Dashboards as JSON: each user lists and reads the home, domain, own and shared dashboards, and composes their
 * own. A dashboard the caller may not see is 404; one they see but may not change is 403.
 */
@RestController
@RequestMapping("/api/dashboards")
@Tag(name = "Bảng điều hành", description = "IOC dashboards and their widgets")
class DashboardApiController {

    private final DashboardService dashboards;

    DashboardApiController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The dashboards the caller may see: home, domains, own and shared with their role or unit")
    List<DashboardResponse> list() {
        return dashboards.visible().stream().map(DashboardResponse::from).toList();
    }

    @GetMapping("/{code}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One dashboard with its widgets")
    DashboardResponse get(@PathVariable String code) {
        return DashboardResponse.from(dashboards.get(code));
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Compose a dashboard of one's own (400 with every field problem)")
    ResponseEntity<DashboardResponse> create(@RequestBody DashboardInput input) {
        DashboardResponse created = DashboardResponse.from(dashboards.create(input));
        return ResponseEntity.created(URI.create("/api/dashboards/" + created.code()))
                .body(created);
    }

    @PutMapping("/{code}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Replace a dashboard's settings and widgets: the owner's, or an admin's for home and domains")
    DashboardResponse update(@PathVariable String code, @RequestBody DashboardInput input) {
        return DashboardResponse.from(dashboards.update(code, input));
    }

    @DeleteMapping("/{code}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Delete one's own dashboard (home and domain dashboards stay: 409)")
    ResponseEntity<Void> delete(@PathVariable String code) {
        dashboards.delete(code);
        return ResponseEntity.noContent().build();
    }
}
