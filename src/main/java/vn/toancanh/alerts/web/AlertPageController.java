package vn.toancanh.alerts.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.alerts.AlertEventFilter;
import vn.toancanh.alerts.AlertEventView;
import vn.toancanh.alerts.AlertRuleKind;
import vn.toancanh.alerts.AlertService;
import vn.toancanh.alerts.AlertSeverity;
import vn.toancanh.alerts.AlertState;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.PageFormats;
import vn.toancanh.shared.PageQuery;

/** The warnings: the list (the unresolved first), one alert with its cause, and acknowledging and resolving it. */
@Controller
class AlertPageController {

    private final AlertService alerts;

    AlertPageController(AlertService alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/alerts")
    @PreAuthorize("isAuthenticated()")
    String list(
            @RequestParam(required = false) @Nullable String view,
            @RequestParam(required = false) @Nullable AlertSeverity severity,
            @RequestParam(required = false) @Nullable AlertRuleKind kind,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        // "current" (open or acknowledged) by default; OPEN, ACKNOWLEDGED, RESOLVED or ALL
        String chosen = view == null || view.isBlank() ? "CURRENT" : view.toUpperCase(java.util.Locale.ROOT);
        AlertState state = switch (chosen) {
            case "OPEN" -> AlertState.OPEN;
            case "ACKNOWLEDGED" -> AlertState.ACKNOWLEDGED;
            case "RESOLVED" -> AlertState.RESOLVED;
            default -> null;
        };
        boolean current = state == null && !"ALL".equals(chosen);
        String unitCode = unit == null || unit.isBlank() ? null : unit.strip();
        var events = alerts.events(
                PageQuery.of(page, 25, q, null), new AlertEventFilter(state, current, severity, kind, unitCode));
        model.addAttribute("events", events);
        model.addAttribute(
                "handles",
                events.items().stream()
                        .collect(java.util.stream.Collectors.toMap(AlertEventView::id, alerts::canHandle)));
        model.addAttribute("view", current ? "CURRENT" : state == null ? "ALL" : state.name());
        model.addAttribute("severity", severity);
        model.addAttribute("kind", kind);
        model.addAttribute("unit", unitCode == null ? "" : unitCode);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("summary", alerts.summary());
        model.addAttribute("severities", AlertSeverity.values());
        model.addAttribute("kinds", AlertRuleKind.values());
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "alerts/list";
    }

    @GetMapping("/alerts/{id}")
    @PreAuthorize("isAuthenticated()")
    String event(@PathVariable long id, Model model) {
        AlertEventView e = alerts.event(id);
        model.addAttribute("event", e);
        model.addAttribute("handles", alerts.canHandle(e));
        model.addAttribute("errors", Map.of());
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "alerts/event";
    }

    @PostMapping("/alerts/{id}/acknowledge")
    @PreAuthorize("isAuthenticated()")
    String acknowledge(@PathVariable long id, RedirectAttributes flash) {
        try {
            alerts.acknowledge(id);
            flash.addFlashAttribute("done", "acknowledged");
        } catch (ConflictException e) {
            flash.addFlashAttribute("done", "already");
        }
        return "redirect:/alerts/" + id;
    }

    @PostMapping("/alerts/{id}/resolve")
    @PreAuthorize("isAuthenticated()")
    String resolve(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String resolution,
            Model model,
            RedirectAttributes flash) {
        try {
            alerts.resolve(id, resolution);
            flash.addFlashAttribute("done", "resolved");
        } catch (ConflictException e) {
            flash.addFlashAttribute("done", "already");
        } catch (vn.toancanh.shared.InvalidInputException e) {
            AlertEventView ev = alerts.event(id);
            model.addAttribute("event", ev);
            model.addAttribute("handles", alerts.canHandle(ev));
            model.addAttribute("errors", vn.toancanh.shared.FieldProblem.byField(e.problems()));
            model.addAttribute("resolution", resolution);
            model.addAttribute("fmt", PageFormats.INSTANCE);
            return "alerts/event";
        }
        return "redirect:/alerts/" + id;
    }
}
