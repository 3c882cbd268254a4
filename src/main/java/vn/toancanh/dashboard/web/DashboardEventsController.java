package vn.toancanh.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Server-sent events for open dashboard pages: {@code hello} on connect, {@code analytics} when figures change. */
@RestController
@Tag(name = "Bảng điều hành", description = "IOC dashboards and their widgets")
class DashboardEventsController {

    private final DashboardEvents events;

    DashboardEventsController(DashboardEvents events) {
        this.events = events;
    }

    @GetMapping(path = "/api/dashboard/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Event stream: 'analytics' events name the data items whose figures changed")
    SseEmitter events() {
        return events.subscribe();
    }
}
