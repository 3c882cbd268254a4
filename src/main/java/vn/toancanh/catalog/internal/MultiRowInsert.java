package vn.toancanh.catalog.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts many rows with one {@code INSERT … VALUES (…),(…),…} statement per chunk: a 33,600-item catalog is
 * a few dozen round trips instead of tens of thousands.
 */
final class MultiRowInsert {

    /** PostgreSQL takes at most 65,535 bind parameters per statement; stay well below. */
    private static final int MAX_PARAMETERS = 30_000;

    private MultiRowInsert() {}

    static int run(JdbcClient jdbc, String table, List<String> columns, List<Object[]> rows) {
        return run(jdbc, table, columns, rows, "");
    }

    /** @param suffix SQL after the VALUES list, e.g. {@code RETURNING id} is not supported; ON CONFLICT is */
    static int run(JdbcClient jdbc, String table, List<String> columns, List<Object[]> rows, String suffix) {
        int perChunk = Math.max(1, MAX_PARAMETERS / columns.size());
        String tuple = "(" + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
        String head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        int written = 0;
        for (int start = 0; start < rows.size(); start += perChunk) {
            List<Object[]> chunk = rows.subList(start, Math.min(rows.size(), start + perChunk));
            List<Object> params = new ArrayList<>(chunk.size() * columns.size());
            for (Object[] row : chunk) {
                Collections.addAll(params, row);
            }
            String sql = head + String.join(",", Collections.nCopies(chunk.size(), tuple)) + " " + suffix;
            written += jdbc.sql(sql).params(params).update();
        }
        return written;
    }
}
