package vn.toancanh.datavalues.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValuesWritten;

/**
 * The set-based write. A batch of new values only is copied straight into data_value ({@link DirectCopy}).
 * Otherwise staged rows are compared with the stored ones in one join, keeping only those that change something (so
 * a re-posted payload writes nothing); then new rows are inserted, changed rows updated and audited, and deletes
 * applied, each in one statement.
 *
 * <p>Creating a value writes no audit row: its CREATE entry is derived from data_value's created_at, created_by and
 * created_source and the first UPDATE's old value ({@link CreatedEntry}). That halves the cost of an import of new
 * values and loses nothing: every UPDATE and DELETE is still audited with its old value in the same transaction, so
 * each state of a value stays reconstructible and nothing depends on a step after commit. A DELETE, which ends the
 * life the derivation reads from, first stores that life's CREATE entry in the same statement.
 */
@Repository
public class DataValueWriter {

    private static final Logger log = LoggerFactory.getLogger(DataValueWriter.class);
    private static final int ATTEMPTS = 3;
    private static final String KEY = "d.item_id = c.item_id AND d.unit_id = c.unit_id AND d.period_id = c.period_id"
            + " AND d.option_combo_id = c.option_combo_id";

    private static final String CLASSIFY = """
            INSERT INTO dv_change
            SELECT c.item_id, c.unit_id, c.period_id, c.option_combo_id, c.value, c.numeric_value, c.comment,
                   d.item_id IS NOT NULL, d.value, d.comment
            FROM dv_stage c LEFT JOIN data_value d ON %s
            WHERE c.value IS NOT NULL
              AND (d.item_id IS NULL OR d.value IS DISTINCT FROM c.value OR d.comment IS DISTINCT FROM c.comment)
            """.formatted(KEY);

    private static final String INSERT = """
            INSERT INTO data_value (item_id, unit_id, period_id, option_combo_id, value, numeric_value, comment,
                                    stored_by, created_by, created_source)
            SELECT item_id, unit_id, period_id, option_combo_id, value, numeric_value, comment, :user, :user, :source
            FROM dv_change WHERE NOT existed
            """;

    private static final String UPDATE = """
            UPDATE data_value d
            SET value = c.value, numeric_value = c.numeric_value, comment = c.comment, stored_by = :user,
                updated_at = now()
            FROM dv_change c WHERE c.existed AND %s
            """.formatted(KEY);

    private static final String AUDIT_UPDATES = """
            INSERT INTO data_value_audit (item_id, unit_id, period_id, option_combo_id, change_type, old_value,
                                          new_value, old_comment, new_comment, changed_by, source)
            SELECT item_id, unit_id, period_id, option_combo_id, 'UPDATE', old_value, value, old_comment, comment,
                   :user, :source
            FROM dv_change WHERE existed
            """;

    private static final String DELETE =
            """
            WITH del AS (
              DELETE FROM data_value d USING dv_stage c WHERE c.value IS NULL AND %s RETURNING d.*),
            created AS (
              INSERT INTO data_value_audit (item_id, unit_id, period_id, option_combo_id, change_type, new_value,
                                            new_comment, changed_by, changed_at, source)
              SELECT %s FROM del %s WHERE %s)
            INSERT INTO data_value_audit (item_id, unit_id, period_id, option_combo_id, change_type, old_value,
                                          old_comment, changed_by, source)
            SELECT item_id, unit_id, period_id, option_combo_id, 'DELETE', value, comment, :user, :source FROM del
            RETURNING item_id, unit_id, period_id, option_combo_id
            """.formatted(KEY, CreatedEntry.columns("del"), CreatedEntry.joins("del"), CreatedEntry.missing("del"));

    private static final String DRY_RUN = """
            SELECT count(*) FILTER (WHERE c.value IS NOT NULL AND d.item_id IS NULL),
                   count(*) FILTER (WHERE c.value IS NOT NULL AND d.item_id IS NOT NULL
                                    AND (d.value IS DISTINCT FROM c.value OR d.comment IS DISTINCT FROM c.comment)),
                   count(*) FILTER (WHERE c.value IS NULL AND d.item_id IS NOT NULL)
            FROM dv_stage c LEFT JOIN data_value d ON %s
            """.formatted(KEY);

    private final JdbcClient jdbc;
    private final StagingTable staging;
    private final DirectCopy direct;
    private final DataSource dataSource;

    DataValueWriter(JdbcClient jdbc, StagingTable staging, DirectCopy direct, DataSource dataSource) {
        this.jdbc = jdbc;
        this.staging = staging;
        this.direct = direct;
        this.dataSource = dataSource;
    }

    /** What a write did: counts per kind and the keys that changed. */
    public record WriteResult(int created, int updated, int deleted, List<DataValuesWritten.Key> changed) {}

    /** Applies the rows (value null = delete; sorted by key, one row per key) as {@code user}, in a transaction. */
    public WriteResult write(List<StagedValue> rows, String user, ChangeSource source) {
        long start = System.nanoTime();
        boolean deletes = rows.stream().anyMatch(StagedValue::isDelete);
        if (!deletes && direct.tryInsert(rows, user, source)) {
            log.debug("Copied {} new values into data_value in {} ms", rows.size(), millis(start));
            return new WriteResult(
                    rows.size(), 0, 0, rows.stream().map(StagedValue::key).toList());
        }
        long copied = System.nanoTime();
        staging.fill(rows);
        long staged = System.nanoTime();
        List<DataValuesWritten.Key> changed = new ArrayList<>();
        int[] counts = new int[3];
        if (!deletes || rows.stream().anyMatch(r -> !r.isDelete())) {
            int[] applied = retryingConcurrentInserts(() -> classifyAndApply(changed, user, source));
            counts[0] = applied[0];
            counts[1] = applied[1];
        }
        long applied = System.nanoTime();
        if (deletes) {
            counts[2] = delete(changed, user, source);
        }
        log.debug(
                "Wrote {} values through staging: {} ms direct attempt, {} ms staging, {} ms insert/update, {} ms delete",
                rows.size(),
                (copied - start) / 1_000_000,
                (staged - copied) / 1_000_000,
                (applied - staged) / 1_000_000,
                millis(applied));
        return new WriteResult(counts[0], counts[1], counts[2], changed);
    }

    /** What {@link #write} would do, without doing it. */
    public WriteResult dryRun(List<StagedValue> rows) {
        staging.fill(rows);
        WriteResult[] result = new WriteResult[1];
        nestedLoops(() -> result[0] = jdbc.sql(DRY_RUN)
                .query((rs, n) -> new WriteResult(rs.getInt(1), rs.getInt(2), rs.getInt(3), List.of()))
                .single());
        return result[0];
    }

    private int[] classifyAndApply(List<DataValuesWritten.Key> changed, String user, ChangeSource source) {
        changed.clear();
        int[] counts = new int[2];
        jdbc.sql("DELETE FROM " + StagingTable.CHANGES).update();
        nestedLoops(() -> jdbc.sql(CLASSIFY).update());
        // Fetched in one go: a cursor's round trips would cost more than the rows, which the event needs anyway.
        jdbc.sql("SELECT existed, item_id, unit_id, period_id, option_combo_id FROM dv_change")
                .withFetchSize(0)
                .query(rs -> {
                    counts[rs.getBoolean(1) ? 1 : 0]++;
                    changed.add(new DataValuesWritten.Key(rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getLong(5)));
                });
        if (counts[0] > 0) {
            jdbc.sql(INSERT).param("user", user).param("source", source.name()).update();
        }
        if (counts[1] > 0) {
            nestedLoops(() -> jdbc.sql(UPDATE).param("user", user).update());
            jdbc.sql(AUDIT_UPDATES)
                    .param("user", user)
                    .param("source", source.name())
                    .update();
        }
        return counts;
    }

    private int delete(List<DataValuesWritten.Key> changed, String user, ChangeSource source) {
        int[] deleted = new int[1];
        nestedLoops(() -> jdbc.sql(DELETE)
                .withFetchSize(0)
                .param("user", user)
                .param("source", source.name())
                .query(rs -> {
                    deleted[0]++;
                    changed.add(new DataValuesWritten.Key(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4)));
                }));
        return deleted[0];
    }

    /**
     * A plain INSERT is about twice as fast as INSERT … ON CONFLICT. If a concurrent writer stored one of the keys
     * after the classification (the unique violation is raised once it committed), the step is undone to a savepoint
     * and classified again, which now sees that row as existing and audits the overwrite as an UPDATE.
     */
    private int[] retryingConcurrentInserts(java.util.function.Supplier<int[]> step) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            for (int attempt = 1; ; attempt++) {
                Savepoint savepoint = connection.setSavepoint();
                try {
                    int[] result = step.get();
                    connection.releaseSavepoint(savepoint);
                    return result;
                } catch (DuplicateKeyException concurrentInsert) {
                    connection.rollback(savepoint);
                    if (attempt == ATTEMPTS) {
                        throw concurrentInsert;
                    }
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Savepoint failed", e);
        }
    }

    /**
     * Joins between a batch and data_value probe the primary key row by row: without this hint the planner may scan
     * the whole table (millions of rows) to hash-join a few thousand staged ones.
     */
    private void nestedLoops(Runnable statement) {
        jdbc.sql("SELECT set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true)")
                .query()
                .listOfRows();
        try {
            statement.run();
        } finally {
            jdbc.sql("SET LOCAL enable_hashjoin TO DEFAULT; SET LOCAL enable_mergejoin TO DEFAULT")
                    .update();
        }
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
