package vn.toancanh.alerts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.alerts.AlertEventFilter;
import vn.toancanh.alerts.AlertRuleKind;
import vn.toancanh.alerts.AlertSeverity;
import vn.toancanh.alerts.AlertState;
import vn.toancanh.alerts.AlertSummary;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.VietnameseText;

/** Alert events: opened, raised, acknowledged and resolved. */
@Repository
public class AlertEventRepository {

    private static final String COLUMNS = """
            e.id, r.code AS rule_code, r.name AS rule_name, r.kind, e.severity, e.level, e.unit_id, e.title, e.cause,
            e.link, e.value, e.lat, e.lon, e.opened_at, e.updated_at, e.acknowledged_at, e.acknowledged_by,
            e.resolved_at, e.resolved_by, e.resolution, e.subject""";

    /** An event as stored; the unit is named by the service. */
    public record Stored(
            long id,
            String ruleCode,
            String ruleName,
            AlertRuleKind kind,
            AlertSeverity severity,
            int level,
            @Nullable Long unitId,
            String title,
            String cause,
            @Nullable String link,
            java.math.@Nullable BigDecimal value,
            @Nullable Double lat,
            @Nullable Double lon,
            Instant openedAt,
            Instant updatedAt,
            @Nullable Instant acknowledgedAt,
            @Nullable String acknowledgedBy,
            @Nullable Instant resolvedAt,
            @Nullable String resolvedBy,
            @Nullable String resolution,
            String subject) {}

    /** An open event's id and level, by subject. */
    record Open(long id, int level) {}

    private final JdbcClient jdbc;

    AlertEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Open> open(long ruleId) {
        Map<String, Open> open = new HashMap<>();
        jdbc.sql("SELECT subject, id, level FROM alert_event WHERE rule_id = :rule AND resolved_at IS NULL")
                .param("rule", ruleId)
                .query(rs -> {
                    open.put(rs.getString(1), new Open(rs.getLong(2), rs.getInt(3)));
                });
        return open;
    }

    /** Subjects a person resolved while their cause persists: no new event for them until it goes away. */
    Set<String> held(long ruleId) {
        return new HashSet<>(
                jdbc.sql("SELECT subject FROM alert_event WHERE rule_id = :rule AND resolved_at IS NOT NULL"
                                + " AND NOT cleared")
                        .param("rule", ruleId)
                        .query(String.class)
                        .list());
    }

    /** Opens an event; empty when another instance opened the same one first. */
    Optional<Long> insert(long ruleId, Finding f) {
        return jdbc.sql("""
                        INSERT INTO alert_event (rule_id, subject, severity, level, unit_id, title, cause, search, link,
                                                 value, lat, lon)
                        VALUES (:rule, :subject, :severity, :level, :unit, :title, :cause, :search, :link, :value,
                                :lat, :lon)
                        ON CONFLICT (rule_id, subject) WHERE resolved_at IS NULL DO NOTHING
                        RETURNING id""")
                .params(params(f))
                .param("rule", ruleId)
                .query(Long.class)
                .optional();
    }

    /** Brings an open event up to date with what was found now (a new level, value or wording). */
    void refresh(long id, Finding f) {
        jdbc.sql("""
                        UPDATE alert_event SET severity = :severity, level = :level, title = :title, cause = :cause,
                               search = :search, link = :link, value = :value, lat = :lat, lon = :lon, updated_at = now()
                        WHERE id = :id AND (severity, level, title, cause, value) IS DISTINCT FROM
                                           (:severity, :level, :title, :cause, CAST(:value AS numeric))""").params(params(f)).param("id", id).update();
    }

    /** Resolves by the system (its cause went away): the subject may open a new event later. */
    void resolveCleared(long id) {
        jdbc.sql("""
                        UPDATE alert_event SET resolved_at = now(), resolved_by = 'system', cleared = true,
                               resolution = 'Đã hết điều kiện cảnh báo', updated_at = now()
                        WHERE id = :id AND resolved_at IS NULL""").param("id", id).update();
    }

    /** Marks the person-resolved events of subjects no longer found as cleared. */
    void clearHeld(long ruleId, Set<String> found) {
        jdbc.sql("UPDATE alert_event SET cleared = true WHERE rule_id = :rule AND resolved_at IS NOT NULL"
                        + " AND NOT cleared AND NOT (subject = ANY (CAST(:found AS text[])))")
                .param("rule", ruleId)
                .param("found", found.toArray(String[]::new))
                .update();
    }

    public boolean acknowledge(long id, String by) {
        return jdbc.sql("""
                        UPDATE alert_event SET acknowledged_at = now(), acknowledged_by = :by, updated_at = now()
                        WHERE id = :id AND acknowledged_at IS NULL AND resolved_at IS NULL""").param("id", id).param("by", by).update() > 0;
    }

    public boolean resolve(long id, String by, @Nullable String resolution) {
        return jdbc.sql("""
                        UPDATE alert_event SET resolved_at = now(), resolved_by = :by, resolution = :resolution,
                               acknowledged_at = COALESCE(acknowledged_at, now()),
                               acknowledged_by = COALESCE(acknowledged_by, :by), updated_at = now()
                        WHERE id = :id AND resolved_at IS NULL""")
                        .param("id", id)
                        .param("by", by)
                        .param("resolution", resolution)
                        .update()
                > 0;
    }

    public Optional<Stored> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM alert_event e JOIN alert_rule r ON r.id = e.rule_id WHERE e.id = :id")
                .param("id", id)
                .query(AlertEventRepository::map)
                .optional();
    }

    /**
     * A page of events within {@code unitIds} (null: all; events without a unit are everyone's), newest first; the
     * search matches the title, the cause or the rule, diacritics ignored.
     */
    public PageResult<Stored> page(PageQuery query, AlertEventFilter filter, @Nullable List<Long> unitIds) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> p = new HashMap<>();
        scope(where, p, unitIds);
        if (filter.current()) {
            where.append(" AND e.resolved_at IS NULL");
        }
        if (filter.state() == AlertState.OPEN) {
            where.append(" AND e.resolved_at IS NULL AND e.acknowledged_at IS NULL");
        } else if (filter.state() == AlertState.ACKNOWLEDGED) {
            where.append(" AND e.resolved_at IS NULL AND e.acknowledged_at IS NOT NULL");
        } else if (filter.state() == AlertState.RESOLVED) {
            where.append(" AND e.resolved_at IS NOT NULL");
        }
        if (filter.severity() != null) {
            where.append(" AND e.severity = :severity");
            p.put("severity", filter.severity().name());
        }
        if (filter.kind() != null) {
            where.append(" AND r.kind = :kind");
            p.put("kind", filter.kind().name());
        }
        if (!query.search().isBlank()) {
            where.append(" AND (e.search LIKE :like OR lower(r.code) LIKE :like)");
            p.put("like", VietnameseText.containsPattern(query.search()));
        }
        String from = " FROM alert_event e JOIN alert_rule r ON r.id = e.rule_id";
        long total = jdbc.sql("SELECT count(*)" + from + where)
                .params(p)
                .query(Long.class)
                .single();
        // the unresolved first, the most severe of them first; then the newest
        List<Stored> items = new ArrayList<>(jdbc.sql("SELECT " + COLUMNS + from + where
                        + " ORDER BY (e.resolved_at IS NULL) DESC, CASE e.severity WHEN 'CRITICAL' THEN 0"
                        + " WHEN 'WARNING' THEN 1 ELSE 2 END, e.opened_at DESC, e.id DESC LIMIT :limit OFFSET :offset")
                .params(p)
                .param("limit", query.pageSize())
                .param("offset", query.offset())
                .query(AlertEventRepository::map)
                .list());
        return new PageResult<>(items, query.page(), query.pageSize(), total);
    }

    public AlertSummary summary(@Nullable List<Long> unitIds) {
        StringBuilder where = new StringBuilder(" WHERE e.resolved_at IS NULL");
        Map<String, Object> p = new HashMap<>();
        scope(where, p, unitIds);
        return jdbc.sql("SELECT count(*), count(*) FILTER (WHERE e.acknowledged_at IS NULL),"
                        + " count(*) FILTER (WHERE e.severity = 'CRITICAL') FROM alert_event e" + where)
                .params(p)
                .query((rs, n) -> new AlertSummary(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    private static void scope(StringBuilder where, Map<String, Object> p, @Nullable List<Long> unitIds) {
        if (unitIds != null) {
            where.append(" AND (e.unit_id IS NULL OR e.unit_id = ANY (CAST(:units AS bigint[])))");
            p.put("units", unitIds.toArray(Long[]::new));
        }
    }

    private static Map<String, Object> params(Finding f) {
        Map<String, Object> p = new HashMap<>();
        p.put("subject", f.subject());
        p.put("severity", f.severity().name());
        p.put("level", f.level());
        p.put("unit", f.unitId());
        p.put("title", cut(f.title(), 500));
        p.put("cause", cut(f.cause(), 1000));
        p.put("search", VietnameseText.fold(f.title() + " " + f.cause() + " " + f.subject()));
        p.put("link", f.link());
        p.put("value", f.value());
        p.put("lat", f.lat());
        p.put("lon", f.lon());
        return p;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Stored map(ResultSet rs, int n) throws SQLException {
        return new Stored(
                rs.getLong("id"),
                rs.getString("rule_code"),
                rs.getString("rule_name"),
                AlertRuleKind.valueOf(rs.getString("kind")),
                AlertSeverity.valueOf(rs.getString("severity")),
                rs.getInt("level"),
                rs.getObject("unit_id", Long.class),
                rs.getString("title"),
                rs.getString("cause"),
                rs.getString("link"),
                rs.getBigDecimal("value"),
                rs.getObject("lat", Double.class),
                rs.getObject("lon", Double.class),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                instant(rs, "acknowledged_at"),
                rs.getString("acknowledged_by"),
                instant(rs, "resolved_at"),
                rs.getString("resolved_by"),
                rs.getString("resolution"),
                rs.getString("subject"));
    }
}
