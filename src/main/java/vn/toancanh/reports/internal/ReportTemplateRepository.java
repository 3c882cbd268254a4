package vn.toancanh.reports.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.reports.TemplateBlock;
import vn.toancanh.shared.PeriodType;

/** Aggregate report templates; their blocks are kept as one JSON document, read and written whole. */
@Repository
public class ReportTemplateRepository {

    private static final TypeReference<List<TemplateBlock>> BLOCKS = new TypeReference<>() {};
    private static final String COLUMNS = """
            id, code, name, period_type, unit_id, schedule_day, subscribers, blocks::text AS blocks, active, version,
            updated_at, updated_by""";

    /** A template as stored; the unit is by id, named by the service. */
    public record Stored(
            long id,
            String code,
            String name,
            PeriodType periodType,
            long unitId,
            @Nullable Integer scheduleDay,
            List<String> subscribers,
            List<TemplateBlock> blocks,
            boolean active,
            int version,
            java.time.Instant updatedAt,
            String updatedBy) {}

    /** What is written: the checked input with the unit resolved. */
    public record Row(
            String code,
            String name,
            PeriodType periodType,
            long unitId,
            @Nullable Integer scheduleDay,
            List<String> subscribers,
            List<TemplateBlock> blocks,
            boolean active) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReportTemplateRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<Stored> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_template ORDER BY code")
                .query(this::map)
                .list();
    }

    public Optional<Stored> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_template WHERE code = :c")
                .param("c", code)
                .query(this::map)
                .optional();
    }

    public boolean exists(String code) {
        return jdbc.sql("SELECT count(*) FROM report_template WHERE code = :c")
                        .param("c", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Inserts; false when the code is taken (by this or a concurrent request). */
    public boolean insert(Row row, String username) {
        return jdbc.sql("""
                        INSERT INTO report_template (code, name, period_type, unit_id, schedule_day, subscribers,
                                                     blocks, active, updated_by)
                        VALUES (:code, :name, :type, :unit, :day, CAST(:subscribers AS text[]), CAST(:blocks AS jsonb),
                                :active, :user)
                        ON CONFLICT (code) DO NOTHING""").params(params(row)).param("user", username).update() == 1;
    }

    /** Writes the template's new content and raises its version. */
    public void update(Row row, String username) {
        jdbc.sql("""
                UPDATE report_template
                SET name = :name, period_type = :type, unit_id = :unit, schedule_day = :day,
                    subscribers = CAST(:subscribers AS text[]), blocks = CAST(:blocks AS jsonb), active = :active,
                    version = version + 1, updated_at = now(), updated_by = :user
                WHERE code = :code""").params(params(row)).param("user", username).update();
    }

    private java.util.Map<String, Object> params(Row row) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("code", row.code());
        p.put("name", row.name());
        p.put("type", row.periodType().name());
        p.put("unit", row.unitId());
        p.put("day", row.scheduleDay());
        p.put("subscribers", row.subscribers().toArray(String[]::new));
        p.put("blocks", json.writeValueAsString(row.blocks()));
        p.put("active", row.active());
        return p;
    }

    private Stored map(ResultSet rs, int n) throws SQLException {
        Array subscribers = rs.getArray("subscribers");
        return new Stored(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                PeriodType.valueOf(rs.getString("period_type")),
                rs.getLong("unit_id"),
                (Integer) rs.getObject("schedule_day"),
                subscribers == null ? List.of() : Arrays.asList((String[]) subscribers.getArray()),
                json.readValue(rs.getString("blocks"), BLOCKS),
                rs.getBoolean("active"),
                rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
