package vn.toancanh.datavalues.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import vn.toancanh.datavalues.DataValuesWritten;
import vn.toancanh.datavalues.NumericValueSink;

/**
 * Numeric values for the analytics index, unscoped (the index applies sharing when it answers): all of them, or
 * those of a region (items × units × periods) that a write touched. Text, date and blank values are left out.
 */
@Repository
public class NumericValueReader {

    /** The columns every read gives the sink, in its order, from {@code data_value d}. */
    private static final String COLUMNS =
            "SELECT d.item_id, d.unit_id, d.period_id, d.option_combo_id, d.numeric_value,"
                    + " (extract(epoch FROM d.updated_at) * 1000)::bigint ";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    NumericValueReader(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Every numeric value, streamed by a binary {@code COPY … TO STDOUT}: numbers arrive as bytes to copy, not text to
     * parse, which is what a start-up rebuild of millions of values spends its time on.
     */
    public void forEach(NumericValueSink sink) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new PGCopyInputStream(
                        connection.unwrap(PGConnection.class),
                        "COPY (" + COLUMNS + "FROM data_value d WHERE d.numeric_value IS NOT NULL)"
                                + " TO STDOUT WITH (FORMAT binary)"),
                1 << 16))) {
            in.skipNBytes(11 + 4); // signature, flags
            in.skipNBytes(in.readInt()); // header extension
            while (in.readShort() == 6) {
                in.readInt();
                long item = in.readLong();
                in.readInt();
                long unit = in.readLong();
                in.readInt();
                int period = in.readInt();
                in.readInt();
                long combo = in.readLong();
                in.readInt();
                double value = in.readDouble();
                in.readInt();
                long updatedAt = in.readLong();
                sink.accept(item, unit, period, combo, value, updatedAt);
            }
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("Reading the values for the analytics index failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    public void forEach(
            Collection<Long> itemIds, Collection<Long> unitIds, Collection<Integer> periodIds, NumericValueSink sink) {
        if (itemIds.isEmpty() || unitIds.isEmpty() || periodIds.isEmpty()) {
            return;
        }
        // Joined to the unnested arrays, not "= ANY(array)": with an import's region (20,000 items) PostgreSQL would
        // test each of ten million rows against the whole array — measured at over half an hour; this is seconds.
        jdbc.sql(COLUMNS + """
                FROM unnest(CAST(:items AS bigint[])) i(id)
                JOIN data_value d ON d.item_id = i.id
                WHERE d.unit_id IN (SELECT unnest(CAST(:units AS bigint[])))
                  AND d.period_id IN (SELECT unnest(CAST(:periods AS int[]))) AND d.numeric_value IS NOT NULL""")
                .param("items", SqlArrays.of(itemIds))
                .param("units", SqlArrays.of(unitIds))
                .param("periods", SqlArrays.of(periodIds))
                .withFetchSize(0)
                .query(rows(sink));
    }

    /** The numeric values stored now under exactly these keys (a write's changed keys); absent keys hold none. */
    public void forEach(List<DataValuesWritten.Key> keys, NumericValueSink sink) {
        if (keys.isEmpty()) {
            return;
        }
        List<Long> items = new ArrayList<>(keys.size());
        List<Long> units = new ArrayList<>(keys.size());
        List<Integer> periods = new ArrayList<>(keys.size());
        List<Long> combos = new ArrayList<>(keys.size());
        for (DataValuesWritten.Key k : keys) {
            items.add(k.itemId());
            units.add(k.unitId());
            periods.add(k.periodId());
            combos.add(k.optionComboId());
        }
        jdbc.sql(COLUMNS + """
                FROM unnest(CAST(:items AS bigint[]), CAST(:units AS bigint[]), CAST(:periods AS int[]),
                            CAST(:combos AS bigint[])) k(item_id, unit_id, period_id, option_combo_id)
                JOIN data_value d USING (item_id, unit_id, period_id, option_combo_id)
                WHERE d.numeric_value IS NOT NULL""")
                .param("items", SqlArrays.of(items))
                .param("units", SqlArrays.of(units))
                .param("periods", SqlArrays.of(periods))
                .param("combos", SqlArrays.of(combos))
                .withFetchSize(0)
                .query(rows(sink));
    }

    /** Hands each row of {@link #COLUMNS} to the sink. */
    private static RowCallbackHandler rows(NumericValueSink sink) {
        return rs ->
                sink.accept(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getDouble(5), rs.getLong(6));
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
