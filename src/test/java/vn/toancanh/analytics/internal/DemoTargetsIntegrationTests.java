package vn.toancanh.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.TargetView;
import vn.toancanh.dashboard.ChartType;
import vn.toancanh.dashboard.DashboardService;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/**
 * The demo's targets are set from last year's figures once the values are in the analytics index: the home
 * dashboard's figures shown with a target get one at the district, for last year and this year, close to last
 * year's actual figure.
 */
@SpringBootTest
class DemoTargetsIntegrationTests {

    static final String DISTRICT = "312";

    @Autowired
    DemoTargets demoTargets;

    @Autowired
    CatalogService catalog;

    @Autowired
    OrganisationService organisation;

    @Autowired
    AnalyticsService analytics;

    @Autowired
    DataValueService values;

    @Autowired
    DashboardService dashboards;

    @Autowired
    JsonMapper json;

    final int lastYear = OrganisationService.today().getYear() - 1;

    @Test
    void theStartUpSetsDistrictTargetsForTheKeyFiguresWithLastYearsValues() {
        // the minimal demo has values for the first budget groups only
        for (String dx : List.of("KT-TCKH-01-001", "KT-TCKH-02-001")) {
            assertDistrictTargetsNearLastYear(dx);
        }
    }

    @Test
    void everyKeyFigureWithValuesGetsADistrictTarget() {
        List<DataValueInput> rows = new ArrayList<>();
        for (String dx : List.of("KT-TCKH-05-003", "HC-TTHC-01-001", "HC-TTHC-02-001")) {
            DataItemView item = catalog.getItemByCode(dx);
            String owner =
                    organisation.findById(item.ownerUnitId()).orElseThrow().code();
            PeriodType type = item.periodType();
            for (Period p = Period.of(type, LocalDate.of(lastYear, 1, 1));
                    p.startDate().getYear() == lastYear;
                    p = p.next()) {
                rows.add(new DataValueInput(dx, p.id(), owner, null, "80", null));
            }
        }
        assertThat(values.importValues(rows, ImportOptions.defaults(ChangeSource.API))
                        .conflicts())
                .isEmpty();
        analytics.awaitCurrent();

        demoTargets.load(DemoDataSize.MINIMAL, 20240101L);

        DemoTargets.KEY_FIGURES.forEach(this::assertDistrictTargetsNearLastYear);
    }

    @Test
    void theKeyFiguresAreTheHomeDashboardsFiguresWithATarget() {
        List<String> withTarget = dashboards.get(DashboardService.HOME).widgets().stream()
                .filter(w -> w.type() == ChartType.SINGLE)
                .filter(w -> {
                    JsonNode target = json.readTree(w.options()).get("target");
                    return target != null && target.asBoolean();
                })
                .flatMap(w -> w.dx().stream())
                .toList();
        assertThat(withTarget).containsExactlyInAnyOrderElementsOf(DemoTargets.KEY_FIGURES);
    }

    private void assertDistrictTargetsNearLastYear(String dx) {
        long district = organisation.getByCode(DISTRICT).id();
        double actual = analytics
                .query(AnalyticsRequest.of("dx:" + dx, "ou:" + DISTRICT).withFilters("pe:" + lastYear))
                .value(dx, DISTRICT)
                .orElseThrow(() -> new AssertionError(dx + " has no value in " + lastYear));
        for (int year = lastYear; year <= lastYear + 1; year++) {
            List<TargetView> targets = catalog.targets(List.of(dx), year).stream()
                    .filter(t -> t.unitId() == district)
                    .toList();
            assertThat(targets)
                    .as(dx + " " + year)
                    .singleElement()
                    .satisfies(t -> assertThat(t.value()).isBetween(actual * 0.85, actual * 1.15));
        }
    }
}
