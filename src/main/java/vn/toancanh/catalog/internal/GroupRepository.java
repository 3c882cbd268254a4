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
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.catalog.GroupFilter;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.VietnameseText;

/** data_group lists, details and writes. */
@Repository
public class GroupRepository {

    private static final String FROM = """
            FROM data_group g JOIN data_sector s ON s.id = g.sector_id JOIN data_domain d ON d.id = s.domain_id
            """;
    private static final String SELECT = """
            SELECT g.id, g.code, g.name, g.name_en, s.code AS sector_code, d.code AS domain_code, g.owner_unit_id,
                   g.period_type, g.sharing, s.name AS sector_name, d.name AS domain_name, g.description,
                   (SELECT count(*) FROM data_item i WHERE i.group_id = g.id) AS item_count,
                   (SELECT array_agg(r.unit_id ORDER BY r.unit_id) FROM data_group_reporting_unit r
                    WHERE r.group_id = g.id) AS reporting_ids
            """ + FROM;
    private static final Map<String, String> SORTS =
            Map.of("code", "g.code", "name", "g.name", "sector", "s.code", "items", "item_count");
    private static final String UPSERT = "ON CONFLICT (code) DO UPDATE SET "
            + GroupRow.COLUMNS.stream()
                    .filter(c -> !c.equals("code") && !c.equals("sort_order"))
                    .map(c -> c + " = EXCLUDED." + c)
                    .collect(Collectors.joining(", "))
            + ", updated_at = now()";

    private final JdbcClient jdbc;

    GroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<GroupDetailRow> page(PageQuery query, GroupFilter filter) {
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        if (!query.search().isBlank()) {
            conditions.add("g.search_text LIKE :q");
            params.put("q", VietnameseText.containsPattern(query.search()));
        }
        add(conditions, params, "d.code", "domain", filter.domain());
        add(conditions, params, "s.code", "sector", filter.sector());
        add(
                conditions,
                params,
                "g.sharing",
                "sharing",
                filter.sharing() == null ? null : filter.sharing().name());
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) " + FROM + where)
                .params(params)
                .query(Long.class)
                .single();
        String column = SORTS.get(query.sort());
        String order = column == null
                ? "d.sort_order, s.sort_order, g.sort_order, g.code"
                : column + (query.descending() ? " DESC" : " ASC") + ", g.code";
        List<GroupDetailRow> rows = jdbc.sql(SELECT + where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.pageSize())
                .param("offset", query.offset())
                .query(GroupRepository::detailRow)
                .list();
        return new PageResult<>(rows, query.page(), query.pageSize(), total);
    }

    public Optional<GroupDetailRow> detail(String code) {
        return jdbc.sql(SELECT + " WHERE g.code = :code")
                .param("code", code)
                .query(GroupRepository::detailRow)
                .optional();
    }

    /** Inserts new groups and updates existing ones (by code), replacing their reporting units. */
    public void upsertAll(List<GroupRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        MultiRowInsert.run(
                jdbc,
                "data_group",
                GroupRow.COLUMNS,
                rows.stream().map(GroupRow::values).toList(),
                UPSERT);
        Map<String, Long> ids = idsByCode();
        List<Long> groupIds = rows.stream().map(r -> ids.get(r.code())).toList();
        jdbc.sql("DELETE FROM data_group_reporting_unit WHERE group_id IN (:ids)")
                .param("ids", groupIds)
                .update();
        List<Object[]> links = new ArrayList<>();
        rows.forEach(r -> r.reportingUnitIds().forEach(u -> links.add(new Object[] {ids.get(r.code()), u})));
        MultiRowInsert.run(jdbc, "data_group_reporting_unit", List.of("group_id", "unit_id"), links);
    }

    public Map<String, Long> idsByCode() {
        return jdbc
                .sql("SELECT code, id FROM data_group")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public int nextSortOrder(long sectorId) {
        return jdbc.sql("SELECT coalesce(max(sort_order), 0) + 1 FROM data_group WHERE sector_id = :s")
                .param("s", sectorId)
                .query(Integer.class)
                .single();
    }

    private static void add(
            List<String> conditions, Map<String, Object> params, String column, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(column + " = :" + name);
            params.put(name, value.trim());
        }
    }

    static GroupDetailRow detailRow(ResultSet rs, int row) throws SQLException {
        Array ids = rs.getArray("reporting_ids");
        return new GroupDetailRow(
                GroupAndComboRepository.group(rs, row),
                rs.getString("sector_name"),
                rs.getString("domain_name"),
                rs.getString("description"),
                ids == null ? List.of() : Arrays.asList((Long[]) ids.getArray()),
                rs.getLong("item_count"));
    }

    /** A group with names, description, reporting unit ids and item count. */
    public record GroupDetailRow(
            vn.toancanh.catalog.DataGroupView group,
            String sectorName,
            String domainName,
            @Nullable String description,
            List<Long> reportingUnitIds,
            long itemCount) {}
}
