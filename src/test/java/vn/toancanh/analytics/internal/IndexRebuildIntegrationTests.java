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
        AnalyticsFixture f = new AnalyticsFixture(jdbc, values);
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
