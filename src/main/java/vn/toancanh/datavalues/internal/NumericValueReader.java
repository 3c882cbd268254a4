package vn.toancanh.datavalues.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.datavalues.NumericValueSink;

/**
 * Numeric values for the analytics index, unscoped (the index applies sharing when it answers): all of them, or
 * those of a region (items × units × periods) that a write touched. Text, date and blank values are left out.
 */
@Repository
public class NumericValueReader {

    private static final String COLUMNS = "SELECT item_id, unit_id, period_id, option_combo_id, numeric_value,"
            + " (extract(epoch FROM updated_at) * 1000)::bigint FROM data_value ";

    private final JdbcClient jdbc;

    NumericValueReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every numeric value; must run in a transaction so the driver streams with a cursor. */
    public void forEach(NumericValueSink sink) {
        jdbc.sql(COLUMNS + " WHERE numeric_value IS NOT NULL")
                .withFetchSize(20_000)
                .query(rs -> {
                    sink.accept(
                            rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getDouble(5), rs.getLong(6));
                });
    }

    public void forEach(
            Collection<Long> itemIds, Collection<Long> unitIds, Collection<Integer> periodIds, NumericValueSink sink) {
        if (itemIds.isEmpty() || unitIds.isEmpty() || periodIds.isEmpty()) {
            return;
        }
        jdbc.sql(COLUMNS + """
                 WHERE item_id = ANY(CAST(:items AS bigint[])) AND unit_id = ANY(CAST(:units AS bigint[]))
                  AND period_id = ANY(CAST(:periods AS int[])) AND numeric_value IS NOT NULL""")
                .param("items", SqlArrays.of(itemIds))
                .param("units", SqlArrays.of(unitIds))
                .param("periods", SqlArrays.of(periodIds))
                .withFetchSize(0)
                .query(rs -> {
                    sink.accept(
                            rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getDouble(5), rs.getLong(6));
                });
    }

    /** Period ids and their iso ids, all of them (a few thousand at most). */
    public Map<Integer, String> periods() {
        Map<Integer, String> periods = new HashMap<>();
        jdbc.sql("SELECT id, iso FROM period").query(rs -> {
            periods.put(rs.getInt(1), rs.getString(2));
        });
        return periods;
    }
}
