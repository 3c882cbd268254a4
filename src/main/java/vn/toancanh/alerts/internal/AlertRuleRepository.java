package vn.toancanh.alerts.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.alerts.AlertRuleKind;
import vn.toancanh.alerts.AlertSeverity;
import vn.toancanh.alerts.Comparison;

/** The rules. */
@Repository
public class AlertRuleRepository {

    private static final String COLUMNS = "id, code, name, kind, severity, target, unit_id, each_child, comparison,"
            + " threshold, period, levels, rain_reset, active, updated_at, updated_by";

    private final JdbcClient jdbc;

    AlertRuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StoredRule> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_rule ORDER BY kind, code")
                .query(AlertRuleRepository::map)
                .list();
    }

    public List<StoredRule> active() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_rule WHERE active ORDER BY id")
                .query(AlertRuleRepository::map)
                .list();
    }

    public Optional<StoredRule> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_rule WHERE code = :code")
                .param("code", code)
                .query(AlertRuleRepository::map)
                .optional();
    }

    public Optional<StoredRule> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_rule WHERE id = :id")
                .param("id", id)
                .query(AlertRuleRepository::map)
                .optional();
    }

    public long insert(StoredRule r) {
        return jdbc.sql("""
                        INSERT INTO alert_rule (code, name, kind, severity, target, unit_id, each_child, comparison,
                                                threshold, period, levels, rain_reset, active, updated_by)
                        VALUES (:code, :name, :kind, :severity, :target, :unit, :eachChild, :comparison,
                                :threshold, :period, CAST(:levels AS numeric[]), :rainReset, :active, :by)
                        RETURNING id""").params(params(r)).query(Long.class).single();
    }

    public void update(long id, StoredRule r) {
        jdbc.sql("""
                        UPDATE alert_rule SET name = :name, kind = :kind, severity = :severity, target = :target,
                               unit_id = :unit, each_child = :eachChild, comparison = :comparison,
                               threshold = :threshold, period = :period, levels = CAST(:levels AS numeric[]), rain_reset = :rainReset,
                               active = :active, updated_by = :by, updated_at = now()
                        WHERE id = :id""").params(params(r)).param("id", id).update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM alert_rule WHERE id = :id").param("id", id).update();
    }

    /** Each rule's unresolved events. */
    public Map<Long, Long> openCounts() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT rule_id, count(*) FROM alert_event WHERE resolved_at IS NULL GROUP BY rule_id")
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    private static Map<String, Object> params(StoredRule r) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", r.code());
        p.put("name", r.name());
        p.put("kind", r.kind().name());
        p.put("severity", r.severity().name());
        p.put("target", r.target());
        p.put("unit", r.unitId());
        p.put("eachChild", r.eachChild());
        p.put("comparison", r.comparison() == null ? null : r.comparison().name());
        p.put("threshold", r.threshold());
        p.put("period", r.period());
        // bound as an array literal of plain numbers, cast in SQL: the driver has no numeric array of its own
        p.put(
                "levels",
                r.levels().isEmpty()
                        ? null
                        : "{"
                                + String.join(
                                        ",",
                                        r.levels().stream()
                                                .map(BigDecimal::toPlainString)
                                                .toList()) + "}");
        p.put("rainReset", r.rainReset());
        p.put("active", r.active());
        p.put("by", r.updatedBy());
        return p;
    }

    private static StoredRule map(ResultSet rs, int n) throws SQLException {
        Array levels = rs.getArray("levels");
        String comparison = rs.getString("comparison");
        return new StoredRule(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                AlertRuleKind.valueOf(rs.getString("kind")),
                AlertSeverity.valueOf(rs.getString("severity")),
                rs.getString("target"),
                rs.getObject("unit_id", Long.class),
                rs.getBoolean("each_child"),
                comparison == null ? null : Comparison.valueOf(comparison),
                rs.getBigDecimal("threshold"),
                rs.getString("period"),
                levels == null ? List.of() : Arrays.asList((BigDecimal[]) levels.getArray()),
                rs.getBigDecimal("rain_reset"),
                rs.getBoolean("active"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
