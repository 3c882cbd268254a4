package vn.toancanh.alerts.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.toancanh.alerts.AlertRaised;
import vn.toancanh.alerts.AlertResolved;
import vn.toancanh.alerts.AlertService;
import vn.toancanh.alerts.AlertSummary;

/**
 * The bell in the navigation: its count on every page ({@code @alertBell.summary()}), and a stream of server-sent
 * events telling open pages to fetch it again when an alert opens, rises or is resolved in this instance. Pages also
 * fetch it each minute, for alerts opened by another instance.
 */
@Controller("alertBell")
public class AlertBell implements SmartLifecycle {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final AlertService alerts;
    private final List<SseEmitter> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    AlertBell(AlertService alerts) {
        this.alerts = alerts;
    }

    public AlertSummary summary() {
        return alerts.summary();
    }

    @GetMapping(value = "/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("isAuthenticated()")
    SseEmitter stream() {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        listeners.add(emitter);
        emitter.onCompletion(() -> listeners.remove(emitter));
        emitter.onTimeout(() -> listeners.remove(emitter));
        emitter.onError(e -> listeners.remove(emitter));
        try {
            emitter.send(SseEmitter.event().name("hello").data("ok"));
        } catch (IOException e) {
            listeners.remove(emitter);
        }
        return emitter;
    }

    /**
     * Ends the open streams before the web server's graceful shutdown, which would otherwise wait for them (its full
     * 30 seconds, every restart, while a page is open); browsers reconnect by themselves. Bean destruction comes after
     * that shutdown, so this must be a lifecycle of its own, like the dashboards' event streams.
     */
    @Override
    public void stop() {
        running = false;
        listeners.forEach(SseEmitter::complete);
        listeners.clear();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    @TransactionalEventListener(
            classes = {AlertRaised.class, AlertResolved.class},
            fallbackExecution = true)
    void changed(Object event) {
        for (SseEmitter emitter : listeners) {
            try {
                // only a nudge: each page fetches its own count, which depends on who is looking
                emitter.send(SseEmitter.event().name("alerts").data("changed"));
            } catch (IOException | IllegalStateException e) {
                listeners.remove(emitter);
            }
        }
    }
}
