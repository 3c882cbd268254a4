package vn.toancanh.datavalues.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValuesWritten;

/**
 * Merges the staged rows that carry a value into data_value: one join keeps the rows that change something, with the
 * values they replace ({@code dv_change}); then new rows are inserted (no audit row: their CREATE entry is derived,
 * see {@link DataValueWriter}), and changed rows updated and audited, each in one statement.
 */
@Component
class StagedMerge {

    private static final int ATTEMPTS = 3;

    private static final String CLASSIFY = """
            INSERT INTO dv_change
            SELECT c.item_id, c.unit_id, c.period_id, c.option_combo_id, c.value, c.numeric_value, c.comment,
                   d.item_id IS NOT NULL, d.value, d.comment
            FROM dv_stage c LEFT JOIN data_value d ON %s
            WHERE c.value IS NOT NULL
              AND (d.item_id IS NULL OR d.value IS DISTINCT FROM c.value OR d.comment IS DISTINCT FROM c.comment)
            """.formatted(DataValueWriter.KEY);

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
            """.formatted(DataValueWriter.KEY);

    private static final String AUDIT_UPDATES = """
            INSERT INTO data_value_audit (item_id, unit_id, period_id, option_combo_id, change_type, old_value,
                                          new_value, old_comment, new_comment, changed_by, source)
            SELECT item_id, unit_id, period_id, option_combo_id, 'UPDATE', old_value, value, old_comment, comment,
                   :user, :source
            FROM dv_change WHERE existed
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    StagedMerge(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Returns {created, updated} and adds the changed keys to {@code changed}; must run in a transaction. */
    int[] apply(List<DataValuesWritten.Key> changed, String user, ChangeSource source) {
        return retryingConcurrentInserts(() -> classifyAndApply(changed, user, source));
    }

    private int[] classifyAndApply(List<DataValuesWritten.Key> changed, String user, ChangeSource source) {
        changed.clear();
        int[] counts = new int[2];
        jdbc.sql("DELETE FROM " + StagingTable.CHANGES).update();
        NestedLoops.run(jdbc, () -> jdbc.sql(CLASSIFY).update());
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
            NestedLoops.run(jdbc, () -> jdbc.sql(UPDATE).param("user", user).update());
            jdbc.sql(AUDIT_UPDATES)
                    .param("user", user)
                    .param("source", source.name())
                    .update();
        }
        return counts;
    }

    /**
     * A plain INSERT is about twice as fast as INSERT … ON CONFLICT. If a concurrent writer stored one of the keys
     * after the classification (the unique violation is raised once it committed), the step is undone to a savepoint
     * and classified again, which now sees that row as existing and audits the overwrite as an UPDATE.
     */
    private int[] retryingConcurrentInserts(Supplier<int[]> step) {
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
}
