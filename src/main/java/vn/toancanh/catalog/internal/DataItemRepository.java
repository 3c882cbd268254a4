package vn.toancanh.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.catalog.AggregationType;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.shared.PeriodType;

/** data_item reads. */
@Repository
public class DataItemRepository {

    static final String VIEW_SELECT = """
            SELECT i.id, i.code, i.name, i.name_en, i.group_id, g.code AS group_code, i.unit_of_measure,
                   i.value_type, i.aggregation_type, i.time_aggregation_type, i.period_type, i.category_combo_id,
                   i.owner_unit_id, i.sharing, i.min_value, i.max_value, i.active, i.source_link
            FROM data_item i JOIN data_group g ON g.id = i.group_id
            """;

    private final JdbcClient jdbc;

    DataItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DataItemView> findByCode(String code) {
        return jdbc.sql(VIEW_SELECT + " WHERE i.code = :code")
                .param("code", code)
                .query(DataItemRepository::view)
                .optional();
    }

    public Map<String, DataItemView> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(VIEW_SELECT + " WHERE i.code IN (:codes)")
                .param("codes", codes)
                .query(DataItemRepository::view)
                .stream()
                .collect(Collectors.toMap(DataItemView::code, Function.identity()));
    }

    public Map<Long, DataItemView> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(VIEW_SELECT + " WHERE i.id IN (:ids)")
                .param("ids", ids)
                .query(DataItemRepository::view)
                .stream()
                .collect(Collectors.toMap(DataItemView::id, Function.identity()));
    }

    public List<DataItemView> findByGroupCode(String groupCode) {
        return jdbc.sql(VIEW_SELECT + " WHERE g.code = :code AND i.active ORDER BY i.sort_order, i.code")
                .param("code", groupCode)
                .query(DataItemRepository::view)
                .list();
    }

    static DataItemView view(ResultSet rs, int row) throws SQLException {
        long owner = rs.getLong("owner_unit_id");
        Long ownerUnitId = rs.wasNull() ? null : owner;
        return new DataItemView(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("name_en"),
                rs.getLong("group_id"),
                rs.getString("group_code"),
                rs.getString("unit_of_measure"),
                ValueType.valueOf(rs.getString("value_type")),
                AggregationType.valueOf(rs.getString("aggregation_type")),
                AggregationType.valueOf(rs.getString("time_aggregation_type")),
                PeriodType.valueOf(rs.getString("period_type")),
                rs.getLong("category_combo_id"),
                ownerUnitId,
                SharingLevel.valueOf(rs.getString("sharing")),
                rs.getBigDecimal("min_value"),
                rs.getBigDecimal("max_value"),
                rs.getBoolean("active"),
                rs.getString("source_link"));
    }
}
