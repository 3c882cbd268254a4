package vn.toancanh.alerts.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.toancanh.alerts.AlertRuleKind;
import vn.toancanh.analytics.AnalyticsUpdated;
import vn.toancanh.sensors.ReadingsIngested;

/**
 * When rules are evaluated: as data arrives (a figure changed in the analytics index, readings came in) and on a
 * schedule (time alone makes tasks overdue). Requests are coalesced: one worker evaluates the kinds asked for since
 * its last run, so a burst of writes costs one evaluation, and the thread that reported the change never waits.
 */
@Component
class AlertTriggers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AlertTriggers.class);
    private static final Set<AlertRuleKind> FIGURES =
            EnumSet.of(AlertRuleKind.THRESHOLD, AlertRuleKind.OFF_TARGET, AlertRuleKind.OVERDUE);
    private static final Set<AlertRuleKind> READINGS = EnumSet.of(AlertRuleKind.FLOOD, AlertRuleKind.FIRE_DANGER);

    private final AlertRuleRepository rules;
    private final AlertEngine engine;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "alert-rules");
        t.setDaemon(true);
        return t;
    });
    private final Set<AlertRuleKind> pending = EnumSet.noneOf(AlertRuleKind.class);
    private final AtomicBoolean queued = new AtomicBoolean();

    AlertTriggers(AlertRuleRepository rules, AlertEngine engine) {
        this.rules = rules;
        this.engine = engine;
    }

    @EventListener
    void on(AnalyticsUpdated e) {
        request(FIGURES);
    }

    @ApplicationModuleListener
    void on(ReadingsIngested e) {
        request(READINGS);
    }

    @Scheduled(
            fixedDelayString = "${toancanh.alerts.evaluate-every:PT1M}",
            initialDelayString = "${toancanh.alerts.evaluate-every:PT1M}")
    void scheduled() {
        // through the one worker too, so no two evaluations of a rule in this instance overlap
        request(EnumSet.allOf(AlertRuleKind.class));
    }

    /** Asks the worker to evaluate the active rules of these kinds soon. */
    void request(Set<AlertRuleKind> kinds) {
        synchronized (pending) {
            pending.addAll(kinds);
        }
        if (queued.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        queued.set(false);
        Set<AlertRuleKind> kinds;
        synchronized (pending) {
            kinds = EnumSet.copyOf(pending);
            pending.clear();
        }
        if (!kinds.isEmpty()) {
            evaluateNow(kinds);
        }
    }

    /** Evaluates the active rules of these kinds in this thread. */
    private void evaluateNow(Set<AlertRuleKind> kinds) {
        try {
            for (StoredRule rule : rules.active()) {
                if (kinds.contains(rule.kind())) {
                    engine.evaluate(rule);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Alert rules could not be evaluated: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
