package vn.toancanh.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.analytics.AnalyticsFixture;
import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;

/**
 * The ways an answer can be worked out give the same answer: a long dx list split over the cores or done by one
 * thread, and cells from the per-item aggregate cache or aggregated afresh — before and after writes.
 */
@SpringBootTest
class AggregationPathsIntegrationTests {

    @Autowired
    QueryEngine engine;

    @Autowired
    AnalyticsService analytics;

    @Autowired
    DataValueService values;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void usualSettingsAgain() {
        engine.parallelFrom(4_096);
        engine.cacheAggregates(true);
    }

    @Test
    void splitAggregationEqualsSequentialAggregation() {
        AnalyticsFixture f = new AnalyticsFixture(jdbc, values, analytics);
        String[][] types = {{"SUM", "SUM"}, {"SUM", "LAST"}, {"AVERAGE", "AVERAGE"}, {"MAX", "MIN"}, {"COUNT", "SUM"}};
        Random random = new Random(42);
        List<String> items = new ArrayList<>();
        List<DataValueInput> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String[] t = types[i % types.length];
            String item = f.item("P" + i, t[0], t[1], "MONTHLY");
            items.add(item);
            for (int m = 1; m <= 12; m++) {
                for (long unit : new long[] {f.c1, f.c2}) {
                    if (random.nextInt(4) > 0) {
                        String v = String.valueOf(random.nextInt(1_000) / 10.0);
                        rows.add(f.value(item, String.format("2024%02d", m), unit, v));
                    }
                }
            }
        }
        f.write(rows);
        String dx = "dx:" + String.join(";", items);
        String district = f.code("D");
        List<AnalyticsRequest> queries = List.of(
                AnalyticsRequest.of(dx, "pe:2024", "ou:" + district + ";CHILDREN"),
                AnalyticsRequest.of(dx, "pe:2024Q1;2024Q3;202411").withFilters("ou:" + district),
                AnalyticsRequest.of(dx, "ou:" + district).withFilters("pe:2024S2"));
        for (AnalyticsRequest q : queries) {
            engine.parallelFrom(Integer.MAX_VALUE);
            AnalyticsGrid sequential = analytics.query(q);
            engine.parallelFrom(2);
            AnalyticsGrid split = analytics.query(q);
            assertThat(split.rows())
                    .as(q.toString())
                    .isEqualTo(sequential.rows())
                    .isNotEmpty();
            assertThat(split.metaData()).isEqualTo(sequential.metaData());
        }
    }

    @Test
    void nineMonthsAggregateJanuaryToSeptemberAndTheirOwnValuesCountOnlyWhereTheyLie() {
        AnalyticsFixture f = new AnalyticsFixture(jdbc, values, analytics);
        String monthly = f.item("NM", "SUM", "SUM", "MONTHLY");
        String nine = f.item("N9", "SUM", "SUM", "NINE_MONTHLY");
        List<DataValueInput> rows = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            rows.add(f.value(monthly, String.format("2025%02d", m), f.c1, String.valueOf(m)));
        }
        rows.add(f.value(nine, "2025N9", f.c1, "40"));
        rows.add(f.value(nine, "2025N9", f.c2, "2"));
        f.write(rows);
        String ou = "ou:" + f.code("D");
        // 1 + 2 + … + 9 = 45 of the monthly item; 40 + 2 of the nine-month one
        AnalyticsGrid grid = analytics.query(AnalyticsRequest.of("dx:" + monthly + ";" + nine, "pe:2025N9;2025;2025Q4")
                .withFilters(ou));
        assertThat(grid.value(monthly, "2025N9")).hasValue(45);
        assertThat(grid.value(nine, "2025N9")).hasValue(42);
        assertThat(grid.value(monthly, "2025")).hasValue(78);
        assertThat(grid.value(nine, "2025")).hasValue(42);
        assertThat(grid.value(nine, "2025Q4")).isEmpty();
        assertThat(grid.metaData().items().get("2025N9").name()).isEqualTo("9 tháng đầu năm 2025");
    }

    @Test
    void cachedAggregatesFollowEveryWriteAndEqualFreshOnes() {
        AnalyticsFixture f = new AnalyticsFixture(jdbc, values, analytics);
        String sum = f.item("CS", "SUM", "SUM", "MONTHLY");
        String last = f.item("CL", "SUM", "LAST", "MONTHLY");
        f.write(List.of(
                f.value(sum, "202401", f.c1, "10"),
                f.value(sum, "202402", f.c2, "5"),
                f.value(last, "202401", f.c1, "100"),
                f.value(last, "202403", f.c1, "120")));
        AnalyticsRequest q = AnalyticsRequest.of("dx:" + sum + ";" + last, "ou:" + f.code("D") + ";CHILDREN")
                .withFilters("pe:2024Q1");
        assertThat(analytics.query(q).value(sum, f.code("C1"))).hasValue(10);
        assertThat(analytics.query(q).value(sum, f.code("C1"))).hasValue(10); // from the cache now
        f.write(List.of(f.value(sum, "202403", f.c1, "2"), f.value(last, "202403", f.c1, null)));
        AnalyticsGrid cached = analytics.query(q);
        assertThat(cached.value(sum, f.code("C1"))).hasValue(12);
        assertThat(cached.value(last, f.code("C1"))).hasValue(100);
        engine.cacheAggregates(false);
        AnalyticsGrid fresh = analytics.query(q);
        assertThat(cached.rows()).isEqualTo(fresh.rows());
        assertThat(cached.metaData()).isEqualTo(fresh.metaData());
        // An item without values when first asked gets some later: the answer has them at once.
        engine.cacheAggregates(true);
        String late = f.item("LATE", "SUM", "SUM", "MONTHLY");
        AnalyticsRequest lateQuery =
                AnalyticsRequest.of("dx:" + late, "ou:" + f.code("C2")).withFilters("pe:2024");
        assertThat(analytics.query(lateQuery).rows()).isEmpty();
        f.write(List.of(f.value(late, "202405", f.c2, "7")));
        assertThat(analytics.query(lateQuery).value(late, f.code("C2"))).hasValue(7);
    }

    @Test
    void anUnchangedAnswerIsReusedAndEachLayoutOfOneShapeHasItsOwnRows() {
        AnalyticsFixture f = new AnalyticsFixture(jdbc, values, analytics);
        String a = f.item("LA", "SUM", "SUM", "MONTHLY");
        String b = f.item("LB", "SUM", "SUM", "MONTHLY");
        f.write(List.of(
                f.value(a, "202401", f.c1, "1.5"), f.value(a, "202402", f.c2, "2"), f.value(b, "202401", f.c2, "7")));
        String units = "ou:" + f.code("C1") + ";" + f.code("C2");
        AnalyticsRequest dxFirst =
                AnalyticsRequest.of("dx:" + a + ";" + b, units).withFilters("pe:2024Q1");
        AnalyticsRequest ouFirst =
                AnalyticsRequest.of(units, "dx:" + a + ";" + b).withFilters("pe:2024Q1");
        AnalyticsGrid first = analytics.query(dxFirst);
        assertThat(first.rows())
                .containsExactly(
                        List.of(a, f.code("C1"), "1.5"), List.of(a, f.code("C2"), "2"), List.of(b, f.code("C2"), "7"));
        // the same cells in the other column order: rows of their own, not the first layout's
        assertThat(analytics.query(ouFirst).rows())
                .containsExactly(
                        List.of(f.code("C1"), a, "1.5"), List.of(f.code("C2"), a, "2"), List.of(f.code("C2"), b, "7"));
        // nothing changed: the very rows of the last answer, which nobody can change
        long before = engine.itemsAggregated();
        AnalyticsGrid again = analytics.query(dxFirst);
        assertThat(again.rows()).isSameAs(first.rows());
        assertThat(engine.itemsAggregated()).isEqualTo(before);
        assertThatThrownBy(() -> again.rows().get(0).set(2, "0")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> again.rows().clear()).isInstanceOf(UnsupportedOperationException.class);
        // one item changed: only it is aggregated again, and the answer equals a fresh one
        f.write(List.of(f.value(b, "202403", f.c1, "3")));
        AnalyticsGrid changed = analytics.query(dxFirst);
        assertThat(engine.itemsAggregated()).isEqualTo(before + 1);
        assertThat(changed.rows()).contains(List.of(b, f.code("C1"), "3")).hasSize(4);
        engine.cacheAggregates(false);
        assertThat(analytics.query(dxFirst).rows()).isEqualTo(changed.rows());
        assertThat(analytics.query(dxFirst, true).rows()).contains(List.of(b, f.code("C1"), "3"));
    }

    @Test
    void anItemAskedTwiceIsNamedOnceInTheMetadata() {
        AnalyticsFixture f = new AnalyticsFixture(jdbc, values, analytics);
        String a = f.item("TA", "SUM", "SUM", "MONTHLY");
        String b = f.item("TB", "SUM", "SUM", "MONTHLY");
        f.write(List.of(f.value(a, "202401", f.c1, "4"), f.value(b, "202401", f.c1, "5")));
        AnalyticsGrid grid = analytics.query(
                AnalyticsRequest.of("dx:" + a + ";" + b + ";" + a).withFilters("pe:2024", "ou:" + f.code("C1")));
        var items = grid.metaData().items();
        assertThat(items.keySet()).containsSubsequence("dx", a, b).doesNotHaveDuplicates();
        assertThat(items).containsKeys(a, b).hasSize(new java.util.LinkedHashMap<>(items).size());
        assertThat(items.get(b).code()).isEqualTo(b);
    }

    @Autowired
    QueryPlanner planner;

    @Test
    void aRepeatedQueryReusesItsResolvedItemsAndPeriods() {
        AnalyticsFixture f = new AnalyticsFixture(jdbc, values, analytics);
        f.item("R1", "SUM", "SUM", "MONTHLY");
        f.item("R2", "SUM", "SUM", "MONTHLY");
        AnalyticsRequest q = AnalyticsRequest.of("dx:DE_GROUP-" + f.code("G"), "ou:" + f.code("D"))
                .withFilters("pe:2024");
        QueryPlan first = planner.plan(q, vn.toancanh.identity.CurrentUser.SYSTEM, false);
        QueryPlan second = planner.plan(q, vn.toancanh.identity.CurrentUser.SYSTEM, false);
        assertThat(second.dx()).isSameAs(first.dx()).hasSize(2);
        assertThat(second.pe()).isSameAs(first.pe());
    }
}
