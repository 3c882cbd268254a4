package vn.toancanh.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.TargetDirection;
import vn.toancanh.catalog.TargetInput;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.Period;

/** Growth, ranking, forecast and outliers on series whose answers are known. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionSupportIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2025, 1, 10);

    @Autowired
    AnalyticsService analytics;

    @Autowired
    DataValueService values;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogService catalog;

    AnalyticsFixture f;
    String sales;

    @BeforeAll
    void setUp() {
        f = new AnalyticsFixture(jdbc, values, analytics);
        sales = f.item("SALES", "SUM", "SUM", "MONTHLY");
        List<DataValueInput> rows = new ArrayList<>();
        int t = 0;
        for (Period p = Period.month(2022, 1); p.startDate().getYear() < 2025; p = p.next(), t++) {
            // C1: a trend of 2 a month plus a December peak of 20; C2: flat 50, with one wild month.
            double c1 = 100 + 2 * t + (p.startDate().getMonthValue() == 12 ? 20 : 0);
            rows.add(f.value(sales, p.id(), f.c1, String.valueOf(c1)));
            rows.add(f.value(sales, p.id(), f.c2, p.id().equals("202411") ? "500" : String.valueOf(50 + t % 3)));
            rows.add(f.value(sales, p.id(), f.c3, String.valueOf(10)));
        }
        f.write(rows);
    }

    @Test
    void targetsShowTheActualFigureThePercentAndAStatus() {
        catalog.saveTarget(new TargetInput(sales, f.code("C1"), 2024, 2000.0, TargetDirection.AT_LEAST, null));
        catalog.saveTarget(new TargetInput(sales, f.code("C2"), 2024, 100.0, TargetDirection.AT_MOST, null));
        catalog.saveTarget(new TargetInput(sales, f.code("C3"), 2024, 100.0, TargetDirection.AT_LEAST, null));
        catalog.saveTarget(new TargetInput(sales, f.code("C3"), 2030, 100.0, TargetDirection.AT_LEAST, null));
        List<DecisionViews.TargetStatus> targets = analytics.targets(sales, f.code("D") + ";CHILDREN", 2024);
        assertThat(targets)
                .extracting(DecisionViews.TargetStatus::ou, DecisionViews.TargetStatus::status)
                .containsExactlyInAnyOrder(
                        tuple(f.code("C1"), "NEAR"), tuple(f.code("C2"), "BEHIND"), tuple(f.code("C3"), "ACHIEVED"));
        DecisionViews.TargetStatus c1 = targets.stream()
                .filter(t -> t.ou().equals(f.code("C1")))
                .findFirst()
                .orElseThrow();
        // 12 months of 100 + 2t (t = 24…35) plus the December peak: 1,928 of 2,000
        assertThat(c1.actual()).isEqualTo(1928.0);
        assertThat(c1.percent()).isEqualTo(96.4);
        assertThat(c1.ouName()).isEqualTo("Xã Một");
        assertThat(analytics.targets(sales, f.code("C3"), 2030))
                .singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo("NO_DATA"));
    }

    @Test
    void growthComparesWithTheSamePeriodLastYear() {
        List<DecisionViews.Growth> growth = analytics.growth(sales, "2024Q1", f.code("C1"), TODAY);
        // Q1 2024 (t = 24..26) against Q1 2023 (t = 12..14): 100*3 + 2*75 = 450 vs 300 + 2*39 = 378.
        assertThat(growth).singleElement().satisfies(g -> {
            assertThat(g.value()).isEqualTo(450.0);
            assertThat(g.previousPe()).isEqualTo("2023Q1");
            assertThat(g.previousValue()).isEqualTo(378.0);
            assertThat(g.growthPercent()).isEqualTo(19.05);
        });
    }

    @Test
    void communesAreRankedHighestFirstWithTiesSharingARank() {
        List<DecisionViews.RankedUnit> ranking =
                analytics.ranking(sales, "2024", f.code("D") + ";CHILDREN", false, TODAY);
        assertThat(ranking)
                .extracting(DecisionViews.RankedUnit::ou)
                .containsExactly(f.code("C1"), f.code("C2"), f.code("C3"));
        assertThat(ranking.get(0).rank()).isEqualTo(1);
        assertThat(ranking.get(2).of()).isEqualTo(3);
        assertThat(ranking.get(2).name()).isEqualTo("Xã Ba");
    }

    @Test
    void theForecastFollowsTrendAndSeasonWithAnInterval() {
        DecisionViews.Forecast forecast = analytics.forecast(sales, f.code("C1"), 36, 12, TODAY);
        assertThat(forecast.method()).isEqualTo("TREND_SEASONAL");
        assertThat(forecast.history()).hasSize(36);
        assertThat(forecast.forecast()).hasSize(12);
        DecisionViews.ForecastPoint january = forecast.forecast().get(0);
        DecisionViews.ForecastPoint december = forecast.forecast().get(11);
        assertThat(january.pe()).isEqualTo("202501");
        // The series is exactly trend + season, so the forecast continues it: t = 36 → 172, December t = 47 → 214.
        assertThat(january.value()).isCloseTo(172, within(0.5));
        assertThat(december.value()).isCloseTo(214, within(0.5));
        assertThat(january.lower()).isLessThanOrEqualTo(january.value());
        assertThat(january.upper()).isGreaterThanOrEqualTo(january.value());
    }

    @Test
    void aWildMonthIsAnOutlierByMedianAndByZScore() {
        List<DecisionViews.Outlier> median =
                analytics.outliers(sales, "LAST_3_MONTHS", f.code("D") + ";CHILDREN", "MEDIAN", TODAY);
        assertThat(median).singleElement().satisfies(o -> {
            assertThat(o.ou()).isEqualTo(f.code("C2"));
            assertThat(o.pe()).isEqualTo("202411");
            assertThat(o.value()).isEqualTo(500.0);
            assertThat(o.high()).isLessThan(500.0);
            // what a page shows: the names, not only the codes
            assertThat(o.dxName()).isEqualTo("Chỉ tiêu SALES");
            assertThat(o.peName()).isEqualTo("Tháng 11/2024");
            assertThat(o.ouName()).isEqualTo("Xã Hai");
            assertThat(o.unitOfMeasure()).isEqualTo("người");
        });
        assertThat(analytics.outliers(sales, "LAST_3_MONTHS", f.code("C2"), "MEDIAN", TODAY, true))
                .singleElement()
                .satisfies(o -> assertThat(o.dxName()).isEqualTo("Item SALES"));
        assertThat(analytics.outliers(sales, "LAST_3_MONTHS", f.code("C2"), "ZSCORE", TODAY))
                .extracting(DecisionViews.Outlier::pe)
                .containsExactly("202411");
        assertThatThrownBy(() -> analytics.outliers(sales, "LAST_3_MONTHS", f.code("C2"), "GUESS", TODAY))
                .isInstanceOf(InvalidInputException.class);
    }
}
