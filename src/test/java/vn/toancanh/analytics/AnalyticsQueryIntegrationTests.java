package vn.toancanh.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.toancanh.analytics.AnalyticsFixture.day;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.IndicatorInput;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.organisation.UnitsChanged;
import vn.toancanh.shared.InvalidInputException;

/**
 * The analytics engine through its façade on a real PostgreSQL: every selector type of dx, pe and ou, aggregation
 * over units and time, disaggregations, merged units, missing values, live updates from this instance and from
 * another one, and errors.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsQueryIntegrationTests {

    @Autowired
    AnalyticsService analytics;

    @Autowired
    DataValueService values;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    CatalogService catalog;

    AnalyticsFixture f;
    String births;
    String population;
    String rate;

    @BeforeAll
    void setUp() {
        f = new AnalyticsFixture(jdbc, values, analytics);
        births = f.item("BIRTHS", "SUM", "SUM", "MONTHLY");
        population = f.item("POP", "SUM", "LAST", "MONTHLY");
        rate = f.item("RATE", "AVERAGE", "AVERAGE", "MONTHLY");
        List<DataValueInput> rows = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            String pe = String.format("2024%02d", m);
            rows.add(f.value(births, pe, f.c1, String.valueOf(m)));
            rows.add(f.value(births, pe, f.c2, String.valueOf(10 * m)));
            rows.add(f.value(population, pe, f.c1, String.valueOf(1000 + m)));
            rows.add(f.value(population, pe, f.c2, String.valueOf(2000 + m)));
        }
        rows.add(f.value(rate, "202401", f.c1, "40"));
        rows.add(f.value(rate, "202402", f.c1, "60"));
        rows.add(f.value(rate, "202401", f.c2, "80"));
        f.write(rows);
    }

    @Test
    void sumsOverUnitsAndTimeForAQuarterAtTheDistrict() {
        AnalyticsGrid grid = analytics.query(AnalyticsRequest.of("dx:" + births, "pe:2024Q1", "ou:" + f.code("D")));
        // C1: 1+2+3, C2: 10+20+30
        assertThat(grid.value(births, "2024Q1", f.code("D"))).hasValue(66);
        assertThat(grid.headers()).extracting(AnalyticsGrid.Header::name).containsExactly("dx", "pe", "ou", "value");
        assertThat(grid.metaData().items().get(births).name()).isEqualTo("Chỉ tiêu BIRTHS");
        assertThat(grid.metaData().items().get(births).source()).isEqualTo("Phòng Thử");
        assertThat(grid.metaData().items().get(births).lastUpdated()).isNotNull();
        assertThat(grid.metaData().items().get("2024Q1").name()).isEqualTo("Quý 1/2024");
    }

    @Test
    void aStockIsItsLastValueOverTimeAndASumOverUnits() {
        AnalyticsGrid grid =
                analytics.query(AnalyticsRequest.of("dx:" + population, "pe:2024;2024S1", "ou:" + f.code("D")));
        assertThat(grid.value(population, "2024", f.code("D"))).hasValue(1012 + 2012);
        assertThat(grid.value(population, "2024S1", f.code("D"))).hasValue(1006 + 2006);
    }

    @Test
    void anAverageIgnoresMissingValuesInsteadOfCountingThemAsZero() {
        AnalyticsGrid grid = analytics.query(
                AnalyticsRequest.of("dx:" + rate, "ou:" + f.code("D")).withFilters("pe:2024Q1"));
        // C1 averages 40 and 60 over time (50), C2 has 80 only: the district is the mean of 50 and 80.
        assertThat(grid.value(rate, f.code("D"))).hasValue(65);
        AnalyticsGrid march = analytics.query(AnalyticsRequest.of("dx:" + rate, "pe:202403", "ou:" + f.code("D")));
        assertThat(march.rows()).isEmpty();
    }

    @Test
    void unitSelectorsGiveOneRowPerUnit() {
        String d = f.code("D");
        AnalyticsGrid children = analytics.query(
                AnalyticsRequest.of("dx:" + births, "ou:" + d + ";CHILDREN").withFilters("pe:2024"));
        assertThat(children.value(births, f.code("C1"))).hasValue(78);
        assertThat(children.value(births, f.code("C2"))).hasValue(780);
        assertThat(children.metaData().dimensions().get("ou"))
                .containsExactlyInAnyOrder(f.code("C1"), f.code("C2"), f.code("C3"), f.code("DEP"));
        AnalyticsGrid level = analytics.query(AnalyticsRequest.of("dx:" + births, "ou:" + f.code("P") + ";LEVEL-3")
                .withFilters("pe:2024"));
        assertThat(level.rows()).hasSize(2);
        assertThat(level.value(births, f.code("C2"))).hasValue(780);
        AnalyticsGrid both = analytics.query(
                AnalyticsRequest.of("dx:" + births, "pe:2024").withFilters("ou:" + f.code("C1") + ";" + f.code("C2")));
        assertThat(both.value(births, "2024")).hasValue(858);
    }

    @Test
    void relativePeriodsExpandFromTheGivenDay() {
        AnalyticsGrid grid =
                analytics.query(AnalyticsRequest.of("dx:" + births, "pe:LAST_3_MONTHS", "ou:" + f.code("C1"))
                        .relativeTo(day("2025-01-15")));
        assertThat(grid.metaData().dimensions().get("pe")).containsExactly("202410", "202411", "202412");
        assertThat(grid.value(births, "202412", f.code("C1"))).hasValue(12);
        AnalyticsGrid lastYear = analytics.query(AnalyticsRequest.of("dx:" + births, "ou:" + f.code("C1"))
                .withFilters("pe:LAST_YEAR")
                .relativeTo(day("2025-03-01")));
        assertThat(lastYear.value(births, f.code("C1"))).hasValue(78);
    }

    @Test
    void aWholeDataGroupExpandsIntoItsItems() {
        AnalyticsGrid grid = analytics.query(AnalyticsRequest.of("dx:DE_GROUP-" + f.code("G"), "ou:" + f.code("D"))
                .withFilters("pe:2024Q1"));
        assertThat(grid.value(births, f.code("D"))).hasValue(66);
        assertThat(grid.value(population, f.code("D"))).hasValue(1003 + 2003);
    }

    @Test
    void disaggregationsAreADimensionOrTotals() {
        String pupils = f.item("PUPILS", "SUM", "LAST", "MONTHLY", f.sexCombo, "INTERNAL");
        f.write(List.of(
                f.value(pupils, "202409", f.c1, f.code("M"), "120"),
                f.value(pupils, "202409", f.c1, f.code("F"), "130"),
                f.value(pupils, "202409", f.c2, f.code("M"), "50")));
        AnalyticsGrid byCombo = analytics.query(
                AnalyticsRequest.of("dx:" + pupils, "co", "ou:" + f.code("D")).withFilters("pe:2024"));
        assertThat(byCombo.value(pupils, f.code("M"), f.code("D"))).hasValue(170);
        assertThat(byCombo.value(pupils, f.code("F"), f.code("D"))).hasValue(130);
        assertThat(byCombo.metaData().items().get(f.code("F")).name()).isEqualTo("Nữ");
        AnalyticsGrid total = analytics.query(
                AnalyticsRequest.of("dx:" + pupils + ";" + pupils + "." + f.code("F"), "ou:" + f.code("D"))
                        .withFilters("pe:2024Q3"));
        assertThat(total.value(pupils, f.code("D"))).hasValue(300);
        assertThat(total.value(pupils + "." + f.code("F"), f.code("D"))).hasValue(130);
    }

    @Test
    void aMergedUnitsHistoryCountsTowardsItsSuccessor() {
        String households = f.item("HH", "SUM", "SUM", "YEARLY");
        f.write(List.of(f.value(households, "2024", f.c1, "100"), f.value(households, "2024", f.c3, "40")));
        f.mergeC3IntoC1();
        // the organisation module announces a real merge; the fixture wrote SQL, so announce it as it would
        events.publishEvent(new UnitsChanged("MERGE", List.of(f.code("C3"), f.code("C1"))));
        AnalyticsGrid merged =
                analytics.query(AnalyticsRequest.of("dx:" + households, "pe:2024", "ou:" + f.code("C1")));
        assertThat(merged.value(households, "2024", f.code("C1"))).hasValue(140);
        AnalyticsGrid district =
                analytics.query(AnalyticsRequest.of("dx:" + households, "pe:2024", "ou:" + f.code("D")));
        assertThat(district.value(households, "2024", f.code("D")))
                .as("counted once")
                .hasValue(140);
    }

    @Test
    void aCoarserStoredPeriodAnswersForItsMonthsUnlessItMustBeSplit() {
        String area = f.item("AREA", "SUM", "LAST", "YEARLY");
        String harvest = f.item("HARVEST", "SUM", "SUM", "YEARLY");
        f.write(List.of(f.value(area, "2023", f.c2, "512.5"), f.value(harvest, "2023", f.c2, "90")));
        AnalyticsGrid grid =
                analytics.query(AnalyticsRequest.of("dx:" + area + ";" + harvest, "pe:202305", "ou:" + f.code("C2")));
        assertThat(grid.value(area, "202305", f.code("C2"))).hasValue(512.5);
        assertThat(grid.value(harvest, "202305", f.code("C2"))).isEmpty();
    }

    @Test
    void aSavedValueIsInTheNextAnswer() {
        String item = f.item("LIVE", "SUM", "SUM", "MONTHLY");
        AnalyticsRequest q = AnalyticsRequest.of("dx:" + item, "pe:202501", "ou:" + f.code("D"));
        assertThat(analytics.query(q).rows()).isEmpty();
        long before = analytics.version();
        f.write(List.of(f.value(item, "202501", f.c2, "7")));
        assertThat(analytics.query(q).value(item, "202501", f.code("D"))).hasValue(7);
        f.write(List.of(f.value(item, "202501", f.c2, "9"), f.value(item, "202501", f.c1, "1")));
        assertThat(analytics.query(q).value(item, "202501", f.code("D"))).hasValue(10);
        f.write(List.of(f.value(item, "202501", f.c2, null)));
        assertThat(analytics.query(q).value(item, "202501", f.code("D"))).hasValue(1);
        assertThat(analytics.version()).isGreaterThan(before);
    }

    @Test
    void aWriteByAnotherInstanceArrivesThroughTheChangeChannel() {
        String item = f.item("REMOTE", "SUM", "SUM", "MONTHLY");
        long itemId = jdbc.sql("SELECT id FROM data_item WHERE code = :c")
                .param("c", item)
                .query(Long.class)
                .single();
        AnalyticsRequest q = AnalyticsRequest.of("dx:" + item, "pe:202502", "ou:" + f.code("D"));
        assertThat(analytics.query(q).rows()).isEmpty();
        // What another instance does in its writing transaction: the value row, the change row and the notification.
        tx.executeWithoutResult(status -> {
            int period = jdbc.sql("""
                    INSERT INTO period (iso, period_type, start_date, end_date)
                    VALUES ('202502', 'MONTHLY', DATE '2025-02-01', DATE '2025-02-28')
                    ON CONFLICT (iso) DO UPDATE SET iso = excluded.iso RETURNING id""").query(Integer.class).single();
            jdbc.sql("""
                    INSERT INTO data_value (item_id, unit_id, period_id, value, numeric_value, stored_by, created_by,
                                            created_source)
                    VALUES (:i, :u, :p, '42', 42, 'other', 'other', 'API')""").param("i", itemId).param("u", f.c1).param("p", period).update();
            jdbc.sql("""
                    WITH c AS (INSERT INTO analytics_change (origin, item_ids, unit_ids, period_ids)
                               VALUES ('another-instance', ARRAY[:i]::bigint[], ARRAY[:u]::bigint[], ARRAY[:p]::int[])
                               RETURNING id)
                    SELECT pg_notify('toancanh_analytics', 'another-instance:' || id) FROM c""")
                    .param("i", itemId)
                    .param("u", f.c1)
                    .param("p", period)
                    .query()
                    .singleValue();
        });
        long start = System.nanoTime();
        eventually(() -> analytics.query(q).value(item, "202502", f.code("D")), 42);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void indicatorsAreEvaluatedOnAggregatedOperands() {
        String perThousand = f.code("BIRTH_RATE");
        catalog.createIndicator(new IndicatorInput(
                perThousand,
                "Tỷ suất sinh",
                "Birth rate",
                null,
                "#{" + births + "} / #{" + population + "} * 1000",
                "‰",
                2,
                null,
                SharingLevel.INTERNAL,
                true));
        String ytd = f.code("BIRTHS_YTD");
        catalog.createIndicator(new IndicatorInput(
                ytd,
                "Số sinh lũy kế",
                null,
                null,
                "ytd(#{" + births + "})",
                null,
                0,
                null,
                SharingLevel.INTERNAL,
                true));
        String change = f.code("BIRTHS_CHANGE");
        catalog.createIndicator(new IndicatorInput(
                change,
                "Thay đổi so với kỳ trước",
                null,
                null,
                "if(previous(#{" + births + "}) > 0, #{" + births + "} - previous(#{" + births + "}), 0)",
                null,
                0,
                null,
                SharingLevel.INTERNAL,
                true));
        String d = f.code("D");
        AnalyticsGrid grid = analytics.query(
                AnalyticsRequest.of("dx:" + perThousand + ";" + ytd + ";" + change, "pe:2024Q1;202403", "ou:" + d));
        // Aggregated first: (6 + 60) births over a population of 1003 + 2003 at the end of the quarter.
        assertThat(grid.value(perThousand, "2024Q1", d)).hasValue(21.96);
        assertThat(grid.value(ytd, "202403", d)).hasValue(66);
        // March (3 + 30) against February (2 + 20)
        assertThat(grid.value(change, "202403", d)).hasValue(11);
        assertThat(grid.metaData().items().get(perThousand).name()).isEqualTo("Tỷ suất sinh");
        assertThat(grid.metaData().items().get(perThousand).unitOfMeasure()).isEqualTo("‰");
        // 2023Q4 holds no values: the condition is missing, so is the cell (never a made-up zero)
        assertThat(grid.value(change, "2024Q1", d)).isEmpty();
    }

    @Test
    void badDimensionsAreReportedWithTheFieldAndReason() {
        assertThatThrownBy(() -> analytics.query(AnalyticsRequest.of("dx:NOPE_X", "pe:2024", "ou:" + f.code("D"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("dimension");
                            assertThat(p.reason()).contains("NOPE_X");
                        }));
        assertThatThrownBy(() -> analytics.query(AnalyticsRequest.of("dx:" + births, "pe:202413", "ou:" + f.code("D"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).reason()).contains("202413"));
        assertThatThrownBy(() -> analytics.query(AnalyticsRequest.of("dx:" + births, "ou:" + f.code("D"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).reason()).contains("pe"));
        assertThatThrownBy(() -> analytics.query(AnalyticsRequest.of("dx:" + births, "pe:2024", "ou:ZZZ_NONE")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> analytics.query(AnalyticsRequest.of("xx:1", "pe:2024", "ou:" + f.code("D"))))
                .isInstanceOf(InvalidInputException.class);
    }

    private static void eventually(java.util.function.Supplier<OptionalDouble> value, double expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        OptionalDouble last = OptionalDouble.empty();
        while (System.nanoTime() < deadline) {
            last = value.get();
            if (last.isPresent() && last.getAsDouble() == expected) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(last).hasValue(expected);
    }
}
