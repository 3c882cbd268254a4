package vn.toancanh.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.catalog.TargetDirection;
import vn.toancanh.catalog.TargetView;

/** data_target: yearly targets per item or indicator and unit. */
@Repository
public class TargetRepository {

    private static final String SELECT = "SELECT id, dx_code, unit_id, year, value, direction, note FROM data_target";

    private final JdbcClient jdbc;

    TargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Targets of these codes (every code when empty), of one year or all, by code, unit and year. */
    public List<TargetView> find(Collection<String> dxCodes, @Nullable Integer year) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!dxCodes.isEmpty()) {
            conditions.add("dx_code IN (:codes)");
            params.put("codes", dxCodes);
        }
        if (year != null) {
            conditions.add("year = :year");
            params.put("year", year);
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.sql(SELECT + where + " ORDER BY dx_code, unit_id, year")
                .params(params)
                .query(TargetRepository::view)
                .list();
    }

    public Optional<TargetView> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query(TargetRepository::view)
                .optional();
    }

    /** Inserts or replaces the target of (dx, unit, year); true when it was new. */
    public Saved upsert(
            String dxCode, long unitId, int year, double value, TargetDirection direction, @Nullable String note) {
        return jdbc.sql("""
                INSERT INTO data_target (dx_code, unit_id, year, value, direction, note)
                VALUES (:dx, :unit, :year, :value, :direction, :note)
                ON CONFLICT (dx_code, unit_id, year) DO UPDATE SET value = EXCLUDED.value,
                    direction = EXCLUDED.direction, note = EXCLUDED.note, updated_at = now()
                RETURNING id, (xmax = 0) AS inserted""")
                .param("dx", dxCode)
                .param("unit", unitId)
                .param("year", year)
                .param("value", value)
                .param("direction", direction.name())
                .param("note", note)
                .query((rs, n) -> new Saved(rs.getLong("id"), rs.getBoolean("inserted")))
                .single();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM data_target WHERE id = :id").param("id", id).update();
    }

    /** The id of a saved target and whether the save created it. */
    public record Saved(long id, boolean created) {}

    private static TargetView view(ResultSet rs, int row) throws SQLException {
        return new TargetView(
                rs.getLong("id"),
                rs.getString("dx_code"),
                rs.getLong("unit_id"),
                rs.getInt("year"),
                rs.getDouble("value"),
                TargetDirection.valueOf(rs.getString("direction")),
                rs.getString("note"));
    }
}
