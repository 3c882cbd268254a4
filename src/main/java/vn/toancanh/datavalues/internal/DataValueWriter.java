package vn.toancanh.datavalues.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValuesWritten;

/**
 * The set-based write: staged rows are merged into {@code data_value} by one statement that also writes their audit
 * rows, and only rows whose value or comment differ are touched (a re-posted payload changes nothing).
 */
@Repository
public class DataValueWriter {

    // Every part of a WITH statement sees the same snapshot, so "before" holds the values as they were.
    private static final String UPSERT = """
            WITH src AS MATERIALIZED (SELECT * FROM dv_stage WHERE value IS NOT NULL),
            before AS (
              SELECT d.item_id, d.unit_id, d.period_id, d.option_combo_id, d.value, d.comment
              FROM data_value d JOIN src s USING (item_id, unit_id, period_id, option_combo_id)),
            up AS (
              INSERT INTO data_value AS d (item_id, unit_id, period_id, option_combo_id, value, numeric_value, comment,
                                           stored_by)
              SELECT item_id, unit_id, period_id, option_combo_id, value, numeric_value, comment, :user FROM src
              ON CONFLICT (item_id, unit_id, period_id, option_combo_id) DO UPDATE
                SET value = EXCLUDED.value, numeric_value = EXCLUDED.numeric_value, comment = EXCLUDED.comment,
                    stored_by = EXCLUDED.stored_by, updated_at = now()
                WHERE d.value IS DISTINCT FROM EXCLUDED.value OR d.comment IS DISTINCT FROM EXCLUDED.comment
              RETURNING d.item_id, d.unit_id, d.period_id, d.option_combo_id, d.value, d.comment)
            INSERT INTO data_value_audit (item_id, unit_id, period_id, option_combo_id, change_type, old_value,
                                          new_value, old_comment, new_comment, changed_by, source)
            SELECT u.item_id, u.unit_id, u.period_id, u.option_combo_id,
                   CASE WHEN b.item_id IS NULL THEN 'CREATE' ELSE 'UPDATE' END,
                   b.value, u.value, b.comment, u.comment, :user, :source
            FROM up u LEFT JOIN before b USING (item_id, unit_id, period_id, option_combo_id)
            RETURNING change_type, item_id, unit_id, period_id, option_combo_id
            """;

    private static final String DELETE = """
            WITH del AS (
              DELETE FROM data_value d USING dv_stage s
              WHERE s.value IS NULL AND d.item_id = s.item_id AND d.unit_id = s.unit_id
                AND d.period_id = s.period_id AND d.option_combo_id = s.option_combo_id
              RETURNING d.item_id, d.unit_id, d.period_id, d.option_combo_id, d.value, d.comment)
            INSERT INTO data_value_audit (item_id, unit_id, period_id, option_combo_id, change_type, old_value,
                                          old_comment, changed_by, source)
            SELECT item_id, unit_id, period_id, option_combo_id, 'DELETE', value, comment, :user, :source FROM del
            RETURNING change_type, item_id, unit_id, period_id, option_combo_id
            """;

    private static final String DRY_RUN = """
            SELECT count(*) FILTER (WHERE s.value IS NOT NULL AND d.item_id IS NULL) AS created,
                   count(*) FILTER (WHERE s.value IS NOT NULL AND d.item_id IS NOT NULL
                                    AND (d.value IS DISTINCT FROM s.value OR d.comment IS DISTINCT FROM s.comment))
                     AS updated,
                   count(*) FILTER (WHERE s.value IS NULL AND d.item_id IS NOT NULL) AS deleted
            FROM dv_stage s LEFT JOIN data_value d USING (item_id, unit_id, period_id, option_combo_id)
            """;

    private final JdbcClient jdbc;
    private final StagingTable staging;

    DataValueWriter(JdbcClient jdbc, StagingTable staging) {
        this.jdbc = jdbc;
        this.staging = staging;
    }

    /** What a write did: counts per kind and the keys that changed. */
    public record WriteResult(int created, int updated, int deleted, List<DataValuesWritten.Key> changed) {}

    /** Applies the rows (value null = delete) as {@code user}; must run in a transaction. */
    public WriteResult write(List<StagedValue> rows, String user, ChangeSource source) {
        staging.fill(rows);
        int[] counts = new int[3];
        List<DataValuesWritten.Key> changed = new ArrayList<>();
        boolean anyUpsert = rows.stream().anyMatch(r -> !r.isDelete());
        boolean anyDelete = rows.stream().anyMatch(StagedValue::isDelete);
        for (String sql : anyUpsert && anyDelete ? List.of(UPSERT, DELETE) : List.of(anyDelete ? DELETE : UPSERT)) {
            jdbc.sql(sql).param("user", user).param("source", source.name()).query(rs -> {
                String type = rs.getString(1);
                counts[type.equals("CREATE") ? 0 : type.equals("UPDATE") ? 1 : 2]++;
                changed.add(new DataValuesWritten.Key(rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getLong(5)));
            });
        }
        return new WriteResult(counts[0], counts[1], counts[2], changed);
    }

    /** What {@link #write} would do, without doing it. */
    public WriteResult dryRun(List<StagedValue> rows) {
        staging.fill(rows);
        return jdbc.sql(DRY_RUN)
                .query((rs, n) -> new WriteResult(rs.getInt(1), rs.getInt(2), rs.getInt(3), List.of()))
                .single();
    }
}
