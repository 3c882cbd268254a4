package vn.toancanh.alerts.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toancanh.alerts.AlertRaised;
import vn.toancanh.alerts.AlertResolved;
import vn.toancanh.alerts.AlertRuleKind;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;

/**
 * Evaluates a rule and brings its events in line with what it found: a new subject opens an event, a higher level
 * raises the open one, a subject no longer found resolves it. One rule at a time across instances (an advisory lock
 * per rule), so an event is opened and announced once.
 */
@Component
public class AlertEngine {

    private static final Logger log = LoggerFactory.getLogger(AlertEngine.class);
    private static final long LOCK_BASE = 7_406_611_100_000L;

    private final Map<AlertRuleKind, RuleEvaluator> evaluators = new EnumMap<>(AlertRuleKind.class);
    private final AlertEventRepository events;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;

    AlertEngine(
            List<RuleEvaluator> evaluators,
            AlertEventRepository events,
            OrganisationService organisation,
            ApplicationEventPublisher publisher,
            TransactionTemplate tx,
            JdbcClient jdbc) {
        evaluators.forEach(e -> this.evaluators.put(e.kind(), e));
        this.events = events;
        this.organisation = organisation;
        this.publisher = publisher;
        this.tx = tx;
        this.jdbc = jdbc;
    }

    /** Evaluates the rule now; a rule whose sources fail is logged and left as it was. */
    public void evaluate(StoredRule rule) {
        List<Finding> findings;
        try {
            findings = rule.active() ? evaluators.get(rule.kind()).evaluate(rule) : List.of();
        } catch (RuntimeException e) {
            log.warn("Alert rule {} could not be evaluated: {}", rule.code(), e.getMessage());
            return;
        }
        tx.executeWithoutResult(status -> apply(rule, findings));
    }

    private void apply(StoredRule rule, List<Finding> findings) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)")
                .param("key", LOCK_BASE + rule.id())
                .query()
                .singleValue();
        Map<String, AlertEventRepository.Open> open = events.open(rule.id());
        Set<String> held = events.held(rule.id());
        Set<String> found = new HashSet<>();
        for (Finding f : findings) {
            if (!found.add(f.subject())) {
                continue;
            }
            AlertEventRepository.Open current = open.get(f.subject());
            if (current == null) {
                if (!held.contains(f.subject())) {
                    events.insert(rule.id(), f).ifPresent(id -> raised(rule, id, f, false));
                }
            } else {
                events.refresh(current.id(), f);
                if (f.level() > current.level()) {
                    raised(rule, current.id(), f, true);
                }
            }
        }
        for (Map.Entry<String, AlertEventRepository.Open> e : open.entrySet()) {
            if (!found.contains(e.getKey())) {
                events.resolveCleared(e.getValue().id());
                events.find(e.getValue().id())
                        .ifPresent(s -> publisher.publishEvent(new AlertResolved(
                                s.id(),
                                rule.code(),
                                s.severity(),
                                s.unitId(),
                                s.title(),
                                s.resolvedAt() == null ? Instant.now() : s.resolvedAt(),
                                "system")));
            }
        }
        events.clearHeld(rule.id(), found);
    }

    private void raised(StoredRule rule, long id, Finding f, boolean escalated) {
        String unitName = f.unitId() == null
                ? null
                : organisation.findById(f.unitId()).map(UnitView::name).orElse(null);
        publisher.publishEvent(new AlertRaised(
                id,
                rule.code(),
                rule.name(),
                f.severity(),
                f.level(),
                f.unitId(),
                unitName,
                f.title(),
                f.cause(),
                f.link(),
                Instant.now(),
                escalated));
    }
}
