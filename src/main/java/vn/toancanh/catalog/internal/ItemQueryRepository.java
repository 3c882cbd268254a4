package vn.toancanh.catalog.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.ItemFilter;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.VietnameseText;

/** Item lists (search, filters, sorting, paging) and the full rows behind the item page and the export. */
@Repository
public class ItemQueryRepository {

    private static final String FROM = """
            FROM data_item i JOIN data_group g ON g.id = i.group_id JOIN data_sector s ON s.id = g.sector_id
            JOIN data_domain d ON d.id = s.domain_id JOIN category_combo c ON c.id = i.category_combo_id
            """;
    private static final String DETAIL_COLUMNS = """
            , i.short_name, i.description, g.name AS group_name, s.code AS sector_code, d.code AS domain_code,
            c.code AS combo_code, c.name AS combo_name, i.source, i.legal_basis, i.official_code,
            (SELECT array_agg(r.unit_id ORDER BY r.unit_id) FROM data_item_reporting_unit r WHERE r.item_id = i.id)
                AS reporting_ids
            """;
    /** The only sort keys a client may ask for, each mapped to fixed SQL. */
    private static final Map<String, String> SORTS = Map.of(
            "code", "i.code",
            "name", "i.name",
            "group", "g.code",
            "unit", "i.unit_of_measure",
            "valueType", "i.value_type",
            "periodType", "i.period_type",
            "sharing", "i.sharing",
            "updated", "i.updated_at");

    private final JdbcClient jdbc;

    ItemQueryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<DataItemView> page(PageQuery query, ItemFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query.search(), filter, params);
        long total = jdbc.sql("SELECT count(*) " + FROM + where)
                .params(params)
                .query(Long.class)
                .single();
        String sql = selectView() + FROM + where + " ORDER BY " + orderBy(query) + " LIMIT :limit OFFSET :offset";
        List<DataItemView> rows = jdbc.sql(sql)
                .params(params)
                .param("limit", query.pageSize())
                .param("offset", query.offset())
                .query(DataItemRepository::view)
                .list();
        return new PageResult<>(rows, query.page(), query.pageSize(), total);
    }

    public Optional<ItemDetailRow> detail(String code) {
        return jdbc.sql(selectView() + DETAIL_COLUMNS + FROM + " WHERE i.code = :code")
                .param("code", code)
                .query(ItemQueryRepository::detailRow)
                .optional();
    }

    /** Streams every matching item in catalog order, so an export of the whole catalog never holds it all. */
    public void forEachDetail(ItemFilter filter, Consumer<ItemDetailRow> consumer) {
        Map<String, Object> params = new HashMap<>();
        String where = where("", filter, params);
        String sql = selectView() + DETAIL_COLUMNS + FROM + where + " ORDER BY d.sort_order, s.sort_order, g.code, "
                + "i.sort_order, i.code";
        try (var rows = jdbc.sql(sql).params(params).query(ItemQueryRepository::detailRow).stream()) {
            rows.forEach(consumer);
        }
    }

    private static String selectView() {
        return DataItemRepository.VIEW_SELECT.substring(0, DataItemRepository.VIEW_SELECT.indexOf("FROM"));
    }

    private static String where(String search, ItemFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (!search.isBlank()) {
            conditions.add("i.search_text LIKE :q");
            params.put("q", VietnameseText.containsPattern(search));
        }
        add(conditions, params, "d.code", "domain", filter.domain());
        add(conditions, params, "s.code", "sector", filter.sector());
        add(conditions, params, "g.code", "group", filter.group());
        add(
                conditions,
                params,
                "i.value_type",
                "valueType",
                filter.valueType() == null ? null : filter.valueType().name());
        add(
                conditions,
                params,
                "i.sharing",
                "sharing",
                filter.sharing() == null ? null : filter.sharing().name());
        if (filter.active() != null) {
            conditions.add("i.active = :active");
            params.put("active", filter.active());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void add(
            List<String> conditions, Map<String, Object> params, String column, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(column + " = :" + name);
            params.put(name, value.trim());
        }
    }

    private static String orderBy(PageQuery query) {
        String column = SORTS.get(query.sort());
        if (column == null) {
            return "d.sort_order, s.sort_order, g.code, i.sort_order, i.code";
        }
        return column + (query.descending() ? " DESC" : " ASC") + ", i.code";
    }

    static ItemDetailRow detailRow(ResultSet rs, int row) throws SQLException {
        return new ItemDetailRow(
                DataItemRepository.view(rs, row),
                rs.getString("short_name"),
                rs.getString("description"),
                rs.getString("group_name"),
                rs.getString("sector_code"),
                rs.getString("domain_code"),
                rs.getString("combo_code"),
                rs.getString("combo_name"),
                ids(rs.getArray("reporting_ids")),
                rs.getString("source"),
                rs.getString("legal_basis"),
                rs.getString("official_code"));
    }

    private static List<Long> ids(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Long[]) array.getArray()).toList();
    }

    /** A data_item row with everything joined in; unit ids still to be turned into codes. */
    public record ItemDetailRow(
            DataItemView item,
            @Nullable String shortName,
            @Nullable String description,
            String groupName,
            String sectorCode,
            String domainCode,
            String comboCode,
            String comboName,
            List<Long> reportingUnitIds,
            @Nullable String source,
            @Nullable String legalBasis,
            @Nullable String officialCode) {}
}
