package vn.toancanh.bench;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The baselines: PostgreSQL COPY of the same rows, in data_value's columns, into a bare table and into one with
 * data_value's primary key. What the import path adds on top (validation, secondary index, audit rows) is the price
 * of doing it properly; the ratio says how big that price is.
 */
final class BenchCopy {

    static final String COLUMNS = """
            (item_id BIGINT NOT NULL, unit_id BIGINT NOT NULL, period_id INT NOT NULL, option_combo_id BIGINT NOT NULL,
             value TEXT NOT NULL, numeric_value DOUBLE PRECISION, stored_by VARCHAR(64) NOT NULL,
             created_at TIMESTAMPTZ NOT NULL DEFAULT now(), updated_at TIMESTAMPTZ NOT NULL DEFAULT now()""";

    private BenchCopy() {}

    /** @return elapsed nanoseconds of the COPY (generating the CSV included, as the import path parses its own) */
    static long copy(DataSource dataSource, BenchData data, long total, boolean keyed) throws Exception {
        String table = keyed ? "bench_copy_keyed" : "bench_copy_bare";
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
            s.execute("CREATE TABLE " + table + " " + COLUMNS
                    + (keyed ? ", PRIMARY KEY (item_id, unit_id, period_id, option_combo_id))" : ")"));
            c.setAutoCommit(false);
            long start = System.nanoTime();
            CopyIn copy = c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + table
                            + " (item_id, unit_id, period_id, option_combo_id, value, numeric_value, stored_by)"
                            + " FROM STDIN (FORMAT csv)");
            for (long from = 0; from < total; from += 50_000) {
                byte[] rows = BenchPayloads.copyRows(data, from, Math.min(total, from + 50_000));
                copy.writeToCopy(rows, 0, rows.length);
            }
            copy.endCopy();
            c.commit();
            long elapsed = System.nanoTime() - start;
            c.setAutoCommit(true);
            s.execute("DROP TABLE " + table);
            return elapsed;
        }
    }
}
