package vn.toancanh.catalog.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * data_item writes. Everything goes through one bulk upsert, so a form save, an API call, a 33,600-row import and
 * the demo loader share the same SQL and the same search-text upkeep.
 */
@Repository
public class ItemWriteRepository {

    /** On update an item keeps its place in the group and its creation time. */
    private static final String UPSERT = "ON CONFLICT (code) DO UPDATE SET "
            + ItemRow.COLUMNS.stream()
                    .filter(c -> !c.equals("code") && !c.equals("sort_order"))
                    .map(c -> c + " = EXCLUDED." + c)
                    .collect(Collectors.joining(", "))
            + ", updated_at = now()";

    private final JdbcClient jdbc;

    ItemWriteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts new items and updates existing ones (by code), replacing their reporting units. */
    public int upsertAll(List<ItemRow> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        int written = MultiRowInsert.run(
                jdbc,
                "data_item",
                ItemRow.COLUMNS,
                rows.stream().map(ItemRow::values).toList(),
                UPSERT);
        Map<String, Long> ids = idsByCodes(rows.stream().map(ItemRow::code).toList());
        jdbc.sql("DELETE FROM data_item_reporting_unit WHERE item_id IN (:ids)")
                .param("ids", ids.values())
                .update();
        List<Object[]> links = new ArrayList<>();
        rows.forEach(r -> r.reportingUnitIds().forEach(u -> links.add(new Object[] {ids.get(r.code()), u})));
        MultiRowInsert.run(jdbc, "data_item_reporting_unit", List.of("item_id", "unit_id"), links);
        return written;
    }

    /**
     * Sets where an item's records are listed. Kept out of the bulk upsert, so a catalog import, which has no such
     * column, leaves the link a module or an admin set.
     */
    public void updateSourceLink(String code, @Nullable String sourceLink) {
        jdbc.sql("UPDATE data_item SET source_link = :link WHERE code = :code")
                .param("link", sourceLink)
                .param("code", code)
                .update();
    }

    public Map<String, Long> idsByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT code, id FROM data_item WHERE code IN (:codes)")
                .param("codes", codes)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The next sort position in each group, so new items go to the end. */
    public Map<Long, Integer> nextSortOrders(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT group_id, max(sort_order) + 1 FROM data_item WHERE group_id IN (:ids) GROUP BY group_id")
                .param("ids", groupIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
