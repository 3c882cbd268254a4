package vn.toancanh.datavalues.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Streams validated rows into a per-connection temporary table with PostgreSQL {@code COPY}, the fastest way in,
 * so the merge into {@code data_value} is a few set-based statements (joined by primary-key probes, see
 * {@link DataValueWriter}, so the table needs no statistics). {@code dv_change} then holds the rows that
 * change something, with the values they replace. Both tables empty themselves at commit.
 */
@Component
class StagingTable {

    static final String NAME = "dv_stage";
    static final String CHANGES = "dv_change";

    private final DataSource dataSource;

    StagingTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Fills the staging table; must run inside the transaction that merges it. */
    void fill(List<StagedValue> rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS " + NAME + " (item_id BIGINT NOT NULL, unit_id BIGINT NOT NULL,"
                    + " period_id INT NOT NULL, option_combo_id BIGINT NOT NULL, value TEXT,"
                    + " numeric_value DOUBLE PRECISION, comment TEXT) ON COMMIT DELETE ROWS");
            st.execute(
                    "CREATE TEMP TABLE IF NOT EXISTS " + CHANGES + " (item_id BIGINT NOT NULL, unit_id BIGINT NOT NULL,"
                            + " period_id INT NOT NULL, option_combo_id BIGINT NOT NULL, value TEXT NOT NULL,"
                            + " numeric_value DOUBLE PRECISION, comment TEXT, existed BOOLEAN NOT NULL, old_value TEXT,"
                            + " old_comment TEXT) ON COMMIT DELETE ROWS");
            // Empty unless an earlier batch ran in the same transaction.
            st.execute("DELETE FROM " + NAME);
            st.execute("DELETE FROM " + CHANGES);
            copy(connection, rows);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not stage data values", e);
        }
    }

    private static void copy(Connection connection, List<StagedValue> rows) throws SQLException {
        CopyIn copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY " + NAME
                        + " (item_id, unit_id, period_id, option_combo_id, value, numeric_value, comment)"
                        + " FROM STDIN" + CopyBinary.FORMAT);
        try {
            CopyBinary.write(copy, rows);
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
