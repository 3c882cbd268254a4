package vn.toancanh.datavalues.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueQuery;
import vn.toancanh.datavalues.DataValueView;
import vn.toancanh.datavalues.DataValuesWritten;
import vn.toancanh.datavalues.ValueChangeView;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.organisation.UnitView;

/** Reads values for exports and the entry page, and a value's audit history. */
@Repository
public class DataValueReader {

    private final JdbcClient jdbc;
    private final ExportSelector selector;

    DataValueReader(JdbcClient jdbc, ExportSelector selector) {
        this.jdbc = jdbc;
        this.selector = selector;
    }

    /**
     * Streams the values the query selects and the user may read, in key order. Must run in a transaction so the
     * driver fetches with a cursor instead of loading the whole result.
     */
    public void forEach(DataValueQuery query, CurrentUser user, Consumer<DataValueView> sink) {
        ExportSelection s = selector.select(query, user);
        if (s.isEmpty()) {
            return;
        }
        planForTheseArrays();
        jdbc.sql("""
                SELECT item_id, unit_id, period_id, option_combo_id, value, comment, stored_by, created_at, updated_at
                FROM data_value
                WHERE item_id = ANY(:items) AND unit_id = ANY(:units) AND period_id = ANY(:periods)
                ORDER BY item_id, unit_id, period_id, option_combo_id""")
                .param("items", SqlArrays.typed("bigint", s.items().keySet()))
                .param("units", SqlArrays.typed("bigint", s.units().keySet()))
                .param("periods", SqlArrays.typed("integer", s.periods().keySet()))
                .query(rs -> {
                    sink.accept(view(rs, s));
                });
    }

    /** How many values {@link #forEach} would stream: for an export's progress. */
    public long count(DataValueQuery query, CurrentUser user) {
        ExportSelection s = selector.select(query, user);
        if (s.isEmpty()) {
            return 0;
        }
        planForTheseArrays();
        return jdbc.sql("""
                SELECT count(*) FROM data_value
                WHERE item_id = ANY(:items) AND unit_id = ANY(:units) AND period_id = ANY(:periods)""")
                .param("items", SqlArrays.typed("bigint", s.items().keySet()))
                .param("units", SqlArrays.typed("bigint", s.units().keySet()))
                .param("periods", SqlArrays.typed("integer", s.periods().keySet()))
                .query(Long.class)
                .single();
    }

    /**
     * A selection's id arrays run to hundreds of items and periods. Bound as typed arrays they are constants in a plan
     * made for them, which hashes them (a hundred thousand values counted in 36 ms); but once the driver prepares the
     * statement on the server, PostgreSQL may switch to a generic plan that tests every row against every element
     * (seconds). So: always a plan for the arrays at hand, for this transaction only.
     */
    private void planForTheseArrays() {
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
    }

    /**
     * The audit entries of one value, newest first, with the CREATE entry of its current life derived from the value
     * row (creating a value writes no audit row, see {@link DataValueWriter} and {@link CreatedEntry}). At equal
     * times a CREATE sorts as the oldest entry, as it happened first.
     */
    public List<ValueChangeView> history(DataValuesWritten.Key key) {
        return jdbc.sql("""
                SELECT * FROM (
                  SELECT change_type, old_value, new_value, old_comment, new_comment, changed_by, changed_at, source,
                         id
                  FROM data_value_audit
                  WHERE item_id = :item AND unit_id = :unit AND period_id = :period AND option_combo_id = :combo
                  UNION ALL
                  SELECT 'CREATE', NULL, coalesce(first.old_value, d.value),
                         NULL,
                         CASE WHEN first.old_value IS NULL THEN d.comment ELSE first.old_comment END,
                         d.created_by, d.created_at, d.created_source, 0
                  FROM data_value d %s
                  WHERE d.item_id = :item AND d.unit_id = :unit AND d.period_id = :period
                    AND d.option_combo_id = :combo AND %s) h
                ORDER BY changed_at DESC, change_type = 'CREATE', id DESC""".formatted(CreatedEntry.joins("d"), CreatedEntry.missing("d")))
                .param("item", key.itemId())
                .param("unit", key.unitId())
                .param("period", key.periodId())
                .param("combo", key.optionComboId())
                .query((rs, n) -> new ValueChangeView(
                        rs.getString("change_type"),
                        rs.getString("old_value"),
                        rs.getString("new_value"),
                        rs.getString("old_comment"),
                        rs.getString("new_comment"),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant(),
                        ChangeSource.valueOf(rs.getString("source"))))
                .list();
    }

    private static DataValueView view(ResultSet rs, ExportSelection s) throws SQLException {
        DataItemView item = s.items().get(rs.getLong(1));
        UnitView unit = s.units().get(rs.getLong(2));
        long combo = rs.getLong(4);
        return new DataValueView(
                item.code(),
                s.periods().get(rs.getInt(3)),
                unit.code(),
                s.optionComboCodes().getOrDefault(combo, String.valueOf(combo)),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getTimestamp(8).toInstant(),
                rs.getTimestamp(9).toInstant());
    }
}
