package vn.toancanh.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.analytics.AnalyticsFixture;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;

/**
 * The index kept live from writes equals an index rebuilt from PostgreSQL (the start-up path, a binary COPY) after a
 * run of creates, updates and deletes: nothing is lost, stale or doubled.
 */
@SpringBootTest
class IndexRebuildIntegrationTests {

    @Autowired
    ValueIndex live;

    @Autowired
    PeriodIds periods;

    @Autowired
    UnitIndexer units;

    @Autowired
    DataValueService values;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLiveIndexEqualsOneRebuiltFromPostgres() {
        AnalyticsFixture f = new AnalyticsFixture(jdbc, values, analytics);
        String a = f.item("A", "SUM", "SUM", "MONTHLY");
        String b = f.item("B", "AVERAGE", "LAST", "MONTHLY");
        List<DataValueInput> rows = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            rows.add(f.value(a, String.format("2023%02d", m), f.c1, String.valueOf(m * 1.5)));
            rows.add(f.value(b, String.format("2023%02d", m), f.c2, String.valueOf(100 - m)));
        }
        f.write(rows);
        f.write(List.of(f.value(a, "202305", f.c1, "99"), f.value(b, "202306", f.c2, null)));
        f.write(List.of(f.value(a, "202401", f.c2, "7")));

        ValueIndex rebuilt = new ValueIndex(periods, units);
        values.forEachNumericValue(rebuilt.loader());
        rebuilt.markReady();
        for (String code : List.of(a, b)) {
            long id = jdbc.sql("SELECT id FROM data_item WHERE code = :c")
                    .param("c", code)
                    .query(Long.class)
                    .single();
            assertThat(cells(live, id)).as(code).isEqualTo(cells(rebuilt, id)).isNotEmpty();
        }
        long stored = jdbc.sql("SELECT count(*) FROM data_value WHERE numeric_value IS NOT NULL")
                .query(Long.class)
                .single();
        assertThat(rebuilt.stats().loadedValues()).isEqualTo(stored);
    }

    @Autowired
    IndexLifecycle lifecycle;

    @Autowired
    vn.toancanh.analytics.AnalyticsService analytics;

    @Test
    void afterAStopAndAStartTheIndexCatchesUpAndFollowsWritesAgain() throws Exception {
        AnalyticsFixture f = new AnalyticsFixture(jdbc, values, analytics);
        String item = f.item("PAUSE", "SUM", "SUM", "MONTHLY");
        f.write(List.of(f.value(item, "202301", f.c1, "1")));
        long itemId = jdbc.sql("SELECT id FROM data_item WHERE code = :c")
                .param("c", item)
                .query(Long.class)
                .single();
        int period = jdbc.sql("SELECT id FROM period WHERE iso = '202301'")
                .query(Integer.class)
                .single();
        lifecycle.stop();
        try {
            // Another instance writes while this one is paused: nobody is listening, the change row stays.
            jdbc.sql("UPDATE data_value SET value = '5', numeric_value = 5 WHERE item_id = :i AND unit_id = :u")
                    .param("i", itemId)
                    .param("u", f.c1)
                    .update();
            jdbc.sql("""
                    INSERT INTO analytics_change (origin, item_ids, unit_ids, period_ids)
                    VALUES ('paused-peer', ARRAY[:i]::bigint[], ARRAY[:u]::bigint[], ARRAY[:p]::int[])""").param("i", itemId).param("u", f.c1).param("p", period).update();
        } finally {
            lifecycle.start();
        }
        vn.toancanh.analytics.AnalyticsRequest q =
                vn.toancanh.analytics.AnalyticsRequest.of("dx:" + item, "pe:202301", "ou:" + f.code("C1"));
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline
                && analytics.query(q).value(item, "202301", f.code("C1")).orElse(0) != 5) {
            Thread.sleep(20);
        }
        assertThat(analytics.query(q).value(item, "202301", f.code("C1"))).hasValue(5);
        f.write(List.of(f.value(item, "202301", f.c1, "8")));
        assertThat(analytics.query(q).value(item, "202301", f.code("C1"))).hasValue(8);
    }

    @Autowired
    ChangeApplier applier;

    @Autowired
    ChangeLog changes;

    @Test
    void ownWritesAreAppliedByTheirKeysAndNotReloadedAgainFromTheirNotification() throws Exception {
        AnalyticsFixture f = new AnalyticsFixture(jdbc, values, analytics);
        String item = f.item("OWN", "SUM", "SUM", "MONTHLY");
        long before = applier.regionsApplied();
        f.write(List.of(f.value(item, "202302", f.c1, "3")));
        // The write's own notification is on the channel now; a peer's, sent after it, marks when both have arrived.
        jdbc.sql("""
                WITH c AS (INSERT INTO analytics_change (origin, item_ids, unit_ids, period_ids)
                           VALUES ('peer', ARRAY[]::bigint[], ARRAY[]::bigint[], ARRAY[]::int[]) RETURNING id)
                SELECT pg_notify('toancanh_analytics', 'peer:' || id) FROM c""").query().listOfRows();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline && applier.regionsApplied() == before) {
            Thread.sleep(10);
        }
        applier.drain();
        assertThat(applier.regionsApplied()).as("only the peer's region").isEqualTo(before + 1);
        assertThat(changes.isOwn(changes.origin() + ":1")).isTrue();
        assertThat(changes.isOwn("peer:1")).isFalse();
    }

    /** unit/combo/type/ordinal → value of every stored cell of an item. */
    private static Map<String, Double> cells(ValueIndex index, long itemId) {
        return index.read(items -> {
            Map<String, Double> cells = new TreeMap<>();
            ItemValues item = items.get(itemId);
            if (item != null) {
                for (Series s : item.series()) {
                    for (int o = s.first(); o < s.end(); o++) {
                        double v = s.get(o);
                        if (!Double.isNaN(v)) {
                            cells.put(s.unitId + "/" + s.optionComboId + "/" + s.type + "/" + o, v);
                        }
                    }
                }
            }
            return cells;
        });
    }
}
