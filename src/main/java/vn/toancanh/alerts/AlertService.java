package vn.toancanh.alerts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.alerts.internal.AlertEngine;
import vn.toancanh.alerts.internal.AlertEventRepository;
import vn.toancanh.alerts.internal.AlertRuleRepository;
import vn.toancanh.alerts.internal.AlertRuleValidator;
import vn.toancanh.alerts.internal.StoredRule;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;

/**
 * Warnings: the rules admins keep, and the alert events they open, which officers acknowledge and resolve. Everyone
 * sees the events of their unit's subtree (leaders and admins all); events about no unit are everyone's.
 */
@Service
public class AlertService {

    private final AlertRuleRepository rules;
    private final AlertEventRepository events;
    private final AlertRuleValidator validator;
    private final AlertEngine engine;
    private final OrganisationService organisation;
    private final IdentityService identity;
    private final AuditService audit;
    private final ApplicationEventPublisher publisher;

    AlertService(
            AlertRuleRepository rules,
            AlertEventRepository events,
            AlertRuleValidator validator,
            AlertEngine engine,
            OrganisationService organisation,
            IdentityService identity,
            AuditService audit,
            ApplicationEventPublisher publisher) {
        this.rules = rules;
        this.events = events;
        this.validator = validator;
        this.engine = engine;
        this.organisation = organisation;
        this.identity = identity;
        this.audit = audit;
        this.publisher = publisher;
    }

    public List<AlertRuleView> rules() {
        Map<Long, Long> open = rules.openCounts();
        List<StoredRule> all = rules.all();
        Map<Long, UnitView> units = units(all.stream().map(StoredRule::unitId).toList());
        return all.stream().map(r -> view(r, units, open)).toList();
    }

    public AlertRuleView rule(String code) {
        StoredRule r = stored(code);
        return view(r, units(Collections.singletonList(r.unitId())), rules.openCounts());
    }

    /** Creates a rule (admins) and evaluates it at once. */
    @Transactional
    public AlertRuleView createRule(AlertRuleInput input) {
        CurrentUser user = admin();
        StoredRule r = validator.check(input, null, user.username());
        if (rules.find(r.code()).isPresent()) {
            throw new ConflictException("code", "Đã có quy tắc mã " + r.code());
        }
        rules.insert(r);
        audit.record("CREATE", "alert_rule", r.code(), r.kind() + " " + r.name());
        return rule(r.code());
    }

    /** Changes a rule (admins); its open events stay and follow the new rule at its next evaluation. */
    @Transactional
    public AlertRuleView updateRule(String code, AlertRuleInput input) {
        CurrentUser user = admin();
        StoredRule old = stored(code);
        StoredRule r = validator.check(input, old.code(), user.username());
        rules.update(old.id(), r);
        audit.record("UPDATE", "alert_rule", code, r.kind() + " " + r.name() + (r.active() ? "" : " (tạm dừng)"));
        return rule(code);
    }

    /** Deletes a rule and its events (admins). */
    @Transactional
    public void deleteRule(String code) {
        admin();
        StoredRule r = stored(code);
        rules.delete(r.id());
        audit.record("DELETE", "alert_rule", code, r.name());
    }

    /** Evaluates a rule now, in this thread: the page's "Đánh giá ngay" and the tests. */
    public AlertRuleView evaluate(String code) {
        engine.evaluate(stored(code));
        return rule(code);
    }

    /** Evaluates every active rule now, in this thread. */
    public void evaluateAll() {
        for (StoredRule r : rules.active()) {
            engine.evaluate(r);
        }
    }

    public PageResult<AlertEventView> events(PageQuery query, AlertEventFilter filter) {
        PageResult<AlertEventRepository.Stored> page = events.page(query, filter, readable(filter.unit()));
        Map<Long, UnitView> units = units(
                page.items().stream().map(AlertEventRepository.Stored::unitId).toList());
        return page.map(e -> view(e, units));
    }

    /** The unresolved events the user may see, the most severe first: the IOC home, the wall, the map. */
    public List<AlertEventView> current(int limit) {
        return events(PageQuery.of(1, limit, null, null), AlertEventFilter.currentOnly())
                .items();
    }

    public AlertEventView event(long id) {
        AlertEventRepository.Stored e = readableEvent(id);
        return view(e, units(Collections.singletonList(e.unitId())));
    }

    public AlertSummary summary() {
        return events.summary(readable(null));
    }

    /** Someone has taken the event in hand; it stays open until resolved. */
    @Transactional
    public AlertEventView acknowledge(long id) {
        AlertEventRepository.Stored e = writableEvent(id);
        CurrentUser user = identity.currentUserOrSystem();
        if (!events.acknowledge(e.id(), user.username())) {
            throw new ConflictException("state", "Cảnh báo đã được tiếp nhận hoặc đã xử lý");
        }
        audit.record("ACKNOWLEDGE", "alert_event", String.valueOf(id), e.title());
        return event(id);
    }

    /**
     * Resolved by a person: it stays resolved while its cause persists (no new alert for the same cause), and a new
     * one opens if the cause goes away and comes back.
     */
    @Transactional
    public AlertEventView resolve(long id, @Nullable String resolution) {
        AlertEventRepository.Stored e = writableEvent(id);
        CurrentUser user = identity.currentUserOrSystem();
        String note = resolution == null || resolution.isBlank() ? null : resolution.strip();
        if (note != null && note.length() > 1000) {
            throw vn.toancanh.shared.InvalidInputException.of("resolution", "Tối đa 1000 ký tự");
        }
        if (!events.resolve(e.id(), user.username(), note)) {
            throw new ConflictException("state", "Cảnh báo đã được xử lý");
        }
        audit.record("RESOLVE", "alert_event", String.valueOf(id), e.title() + (note == null ? "" : ": " + note));
        AlertEventRepository.Stored now = events.find(id).orElseThrow();
        publisher.publishEvent(new AlertResolved(
                id,
                e.ruleCode(),
                e.severity(),
                e.unitId(),
                e.title(),
                Objects.requireNonNull(now.resolvedAt()),
                user.username()));
        return event(id);
    }

    /** Whether the current user may acknowledge and resolve this event. */
    public boolean canHandle(AlertEventView e) {
        CurrentUser user = identity.currentUserOrSystem();
        if (user.readsAll()) {
            return true;
        }
        if (!user.role().isOfficer() || user.unitId() == null || e.unitCode() == null) {
            return false;
        }
        return organisation
                .findByCode(e.unitCode())
                .map(u -> organisation.isWithin(u.id(), user.unitId()))
                .orElse(false);
    }

    /** The kinds of rule an admin may create. */
    public static List<AlertRuleKind> kinds() {
        return List.copyOf(EnumSet.allOf(AlertRuleKind.class));
    }

    private AlertEventRepository.Stored readableEvent(long id) {
        AlertEventRepository.Stored e =
                events.find(id).orElseThrow(() -> NotFoundException.of("cảnh báo", String.valueOf(id)));
        List<Long> readable = readable(null);
        if (readable != null && e.unitId() != null && !readable.contains(e.unitId())) {
            throw NotFoundException.of("cảnh báo", String.valueOf(id));
        }
        return e;
    }

    private AlertEventRepository.Stored writableEvent(long id) {
        AlertEventRepository.Stored e = readableEvent(id);
        if (!canHandle(view(e, units(Collections.singletonList(e.unitId()))))) {
            throw new AccessDeniedException("Chỉ lãnh đạo, quản trị và cán bộ của đơn vị được xử lý cảnh báo này");
        }
        return e;
    }

    /** The ids of the units a list covers, cut to what the user reads; null for all. */
    private @Nullable List<Long> readable(@Nullable String unitCode) {
        return organisation.readableSubtree(identity.currentUserOrSystem(), unitCode);
    }

    private CurrentUser admin() {
        CurrentUser user = identity.currentUserOrSystem();
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Chỉ quản trị hệ thống được sửa quy tắc cảnh báo");
        }
        return user;
    }

    private StoredRule stored(String code) {
        return rules.find(code).orElseThrow(() -> NotFoundException.of("quy tắc cảnh báo", code));
    }

    private Map<Long, UnitView> units(Collection<@Nullable Long> ids) {
        List<Long> known = new ArrayList<>();
        for (Long id : ids) {
            if (id != null) {
                known.add(id);
            }
        }
        return known.isEmpty() ? Map.of() : organisation.findByIds(known);
    }

    private static AlertRuleView view(StoredRule r, Map<Long, UnitView> units, Map<Long, Long> open) {
        UnitView unit = r.unitId() == null ? null : units.get(r.unitId());
        return new AlertRuleView(
                r.code(),
                r.name(),
                r.kind(),
                r.severity(),
                r.target(),
                unit == null ? null : unit.code(),
                unit == null ? null : unit.name(),
                r.eachChild(),
                r.comparison(),
                r.threshold(),
                r.period(),
                r.levels(),
                r.rainReset(),
                r.active(),
                open.getOrDefault(r.id(), 0L),
                r.updatedAt(),
                r.updatedBy());
    }

    private static AlertEventView view(AlertEventRepository.Stored e, Map<Long, UnitView> units) {
        UnitView unit = e.unitId() == null ? null : units.get(e.unitId());
        return new AlertEventView(
                e.id(),
                e.ruleCode(),
                e.ruleName(),
                e.kind(),
                e.severity(),
                e.level(),
                unit == null ? null : unit.code(),
                unit == null ? null : unit.name(),
                e.title(),
                e.cause(),
                e.link(),
                e.value(),
                e.lat(),
                e.lon(),
                e.openedAt(),
                e.updatedAt(),
                e.acknowledgedAt(),
                e.acknowledgedBy(),
                e.resolvedAt(),
                e.resolvedBy(),
                e.resolution());
    }
}
