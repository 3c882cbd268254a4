package vn.toancanh.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
