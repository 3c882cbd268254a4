package vn.toancanh.datavalues.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Streams validated rows into a per-connection temporary table with PostgreSQL {@code COPY}, the fastest way in,
 * so the merge into {@code data_value} is one set-based statement. The table empties itself at commit.
 */
@Component
class StagingTable {

    static final String NAME = "dv_stage";
    private static final int ANALYZE_FROM_ROWS = 1_000;
    private static final int FLUSH_BYTES = 1 << 16;

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
            st.execute("DELETE FROM " + NAME);
            copy(connection, rows);
            if (rows.size() >= ANALYZE_FROM_ROWS) {
                // Without statistics the planner guesses the temp table's size and may scan data_value whole.
                st.execute("ANALYZE " + NAME);
            }
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("Could not stage data values", e);
        }
    }

    private static void copy(Connection connection, List<StagedValue> rows) throws SQLException, IOException {
        CopyIn copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY " + NAME
                        + " (item_id, unit_id, period_id, option_combo_id, value, numeric_value, comment)"
                        + " FROM STDIN");
        try {
            StringBuilder buf = new StringBuilder(FLUSH_BYTES + 1024);
            for (StagedValue v : rows) {
                buf.append(v.itemId()).append('\t').append(v.unitId()).append('\t');
                buf.append(v.periodId()).append('\t').append(v.optionComboId()).append('\t');
                text(buf, v.value()).append('\t');
                (v.numericValue() == null
                                ? buf.append("\\N")
                                : buf.append(v.numericValue().doubleValue()))
                        .append('\t');
                text(buf, v.comment()).append('\n');
                if (buf.length() >= FLUSH_BYTES) {
                    write(copy, buf);
                }
            }
            write(copy, buf);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder buf) throws SQLException {
        byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buf.setLength(0);
    }

    /** COPY text format: NULL is \N; backslash, tab, newline and carriage return are escaped. */
    private static StringBuilder text(StringBuilder buf, @Nullable String s) {
        if (s == null) {
            return buf.append("\\N");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> buf.append("\\\\");
                case '\t' -> buf.append("\\t");
                case '\n' -> buf.append("\\n");
                case '\r' -> buf.append("\\r");
                case '\0' -> {} // PostgreSQL text cannot hold NUL; dropped rather than failing the batch
                default -> buf.append(c);
            }
        }
        return buf;
    }
}
