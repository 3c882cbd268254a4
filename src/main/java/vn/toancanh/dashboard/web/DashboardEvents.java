package vn.toancanh.dashboard.web;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.toancanh.analytics.AnalyticsUpdated;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.dashboard.internal.DashboardProperties;

/**
 * The open event streams of dashboard pages. When the analytics index takes in a change, every stream gets an
 * {@code analytics} event naming the changed items' codes, and each page refreshes the widgets that show one of
 * them. Sends run on one thread of their own, so a slow client never holds up the writer that published the event.
 */
@Component
class DashboardEvents implements SmartLifecycle {

    /** Beyond this many changed items a page just refreshes everything. */
    static final int MAX_CODES = 500;

    private final Set<SseEmitter> emitters = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dashboard-events");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong version = new AtomicLong();
    private final CatalogService catalog;
    private final DashboardProperties properties;

    DashboardEvents(CatalogService catalog, DashboardProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
        long every = properties.heartbeat().toMillis();
        sender.scheduleWithFixedDelay(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
    }

    /** The payload of an {@code analytics} event. */
    record Changed(long version, List<String> items, boolean all) {}

    SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(properties.eventTimeout().toMillis());
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(e -> emitters.remove(emitter));
        emitters.add(emitter);
        long current = version.get();
        sender.execute(() -> send(
                emitter,
                SseEmitter.event()
                        .name("hello")
                        .data(new Changed(current, List.of(), false), MediaType.APPLICATION_JSON)
                        .reconnectTime(3000)));
        return emitter;
    }

    int subscribers() {
        return emitters.size();
    }

    @EventListener
    void on(AnalyticsUpdated event) {
        version.accumulateAndGet(event.version(), Math::max);
        sender.execute(() -> broadcast(changed(event)));
    }

    private Changed changed(AnalyticsUpdated event) {
        if (event.itemIds().isEmpty() || event.itemIds().size() > MAX_CODES) {
            return new Changed(event.version(), List.of(), true);
        }
        List<String> codes = catalog.findItemsByIds(event.itemIds()).values().stream()
                .map(DataItemView::code)
                .sorted()
                .toList();
        return new Changed(event.version(), codes, false);
    }

    private void broadcast(Changed changed) {
        for (SseEmitter emitter : emitters) {
            send(emitter, SseEmitter.event().name("analytics").data(changed, MediaType.APPLICATION_JSON));
        }
    }

    private void heartbeat() {
        for (SseEmitter emitter : emitters) {
            send(emitter, SseEmitter.event().comment("keep-alive"));
        }
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            emitters.remove(emitter);
            emitter.completeWithError(gone);
        }
    }

    // A lifecycle of its own so the streams close before the web server's graceful shutdown, which would otherwise
    // wait for them; browsers reconnect to the next instance by themselves.
    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        emitters.forEach(SseEmitter::complete);
        emitters.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    @PreDestroy
    void close() {
        sender.shutdownNow();
    }
}
