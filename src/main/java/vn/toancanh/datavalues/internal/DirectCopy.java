package vn.toancanh.datavalues.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import vn.toancanh.datavalues.ChangeSource;

/**
 * The fast path for a batch of new values (the usual bulk import: a new month, a new unit): COPY straight into
 * {@code data_value}, which is what the benchmark's baseline does, instead of staging, classifying and inserting.
 * Chosen when a sample of the batch's keys (its first, last and evenly spaced ones) finds none stored; if a key
 * exists after all (the sample missed it, or a concurrent writer stored it), the COPY fails on the primary key,
 * is rolled back to a savepoint, and the caller takes the staged path. Nothing else differs: the rows get the same
 * columns the staged INSERT sets, and a created value needs no audit row (see {@link DataValueWriter}).
 */
@Component
class DirectCopy {

    private static final int SAMPLE = 32;
    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    DirectCopy(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Inserts all rows (sorted by key, none a delete) and returns true, or changes nothing and returns false. */
    boolean tryInsert(List<StagedValue> rows, String user, ChangeSource source) {
        if (sampleExists(rows)) {
            return false;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                copy(connection, rows, user, source);
                connection.releaseSavepoint(savepoint);
                return true;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(savepoint);
                return false;
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not copy data values", e);
        }
    }

    private boolean sampleExists(List<StagedValue> rows) {
        int step = Math.max(1, rows.size() / SAMPLE);
        StringJoiner keys = new StringJoiner(", ");
        for (int i = 0; i < rows.size(); i += step) {
            keys.add(key(rows.get(i)));
        }
        keys.add(key(rows.get(rows.size() - 1)));
        // Ids are longs from our own lookups, not client text: inlining them is safe and keeps it one short statement.
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM data_value WHERE (item_id, unit_id, period_id, option_combo_id)"
                        + " IN (" + keys + "))")
                .query(Boolean.class)
                .single();
    }

    private static String key(StagedValue v) {
        return "(" + v.itemId() + "," + v.unitId() + "," + v.periodId() + "," + v.optionComboId() + ")";
    }

    private static void copy(Connection connection, List<StagedValue> rows, String user, ChangeSource source)
            throws SQLException {
        CopyIn copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY data_value (item_id, unit_id, period_id, option_combo_id, value, numeric_value, comment,"
                        + " stored_by, created_by, created_source) FROM STDIN" + CopyBinary.FORMAT);
        try {
            CopyBinary.write(copy, rows, user, user, source.name());
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
