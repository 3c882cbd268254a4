package vn.toancanh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;
import vn.toancanh.support.Browser;

/**
 * The warnings of unusual figures on a domain dashboard, in a real browser: a commune's value written far outside its
 * history is listed with the item's and the unit's names, the period, the value and the usual range, and leaves the
 * list by itself once corrected; a dashboard whose figures are all usual says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardWarningsIntegrationTests {

    static final String EXPENDITURE = "KT-TCKH-02-001";
    static final String TOWN = "11581";

    @LocalServerPort
    int port;

    @Autowired
    DataValueService values;

    @Autowired
    AnalyticsService analytics;

    @Test
    void aValueFarOutsideItsHistoryIsWarnedOfWithItsItemAndUnit() {
        Period last = Period.of(PeriodType.MONTHLY, OrganisationService.today()).previous();
        List<DataValueInput> rows = new ArrayList<>();
        Period p = last;
        // a usual history within the months the minimal demo has for the district, so the district's own history
        // stays whole
        for (int i = 0; i < 11; i++) {
            p = p.previous();
            rows.add(value(p, String.valueOf(1000 + (i % 5) * 10)));
        }
        rows.add(value(last, "25000"));
        write(rows);
        String month = "Tháng " + last.id().substring(4) + "/" + last.id().substring(0, 4);

        try (Browser browser = Browser.open(port)) {
            browser.login("lanhdao", "demo1234");
            for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
                browser.size(size).go("/dashboards/KT");
                WebElement warning = warningOf(browser, "Thị trấn An Dương");
                assertThat(warning.getText())
                        .contains("Cao bất thường", "Chi ngân sách địa phương", month, "25.000 triệu đồng")
                        .containsPattern("thường từ [\\d.,]+ đến 1\\.[\\d.,]+ triệu đồng");
                assertThat(warning.findElement(By.cssSelector(".warning-mark")).getAttribute("aria-hidden"))
                        .isEqualTo("true");
                browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", warning);
                browser.screenshot("dashboard-warnings-kt-" + (size.equals(Browser.PHONE) ? "phone" : "desktop"));
            }

            // corrected while the page is open: the warning goes without a reload
            browser.size(Browser.DESKTOP).go("/dashboards/KT");
            warningOf(browser, "Thị trấn An Dương");
            browser.waitUntil(d -> "on".equals(browser.find("#dashboard-live").getAttribute("data-state")));
            write(List.of(value(last, "1010")));
            browser.waitUntil(d -> browser.find(".widget-warnings-card").getAttribute("aria-busy") == null
                    && !browser.text(".widget-warnings-card .widget-warnings").contains("Thị trấn An Dương"));
        }
    }

    @Test
    void aDashboardWithoutUnusualFiguresSaysSo() {
        try (Browser browser = Browser.open(port)) {
            browser.login("lanhdao", "demo1234");
            // the minimal demo has no values of internal affairs
            browser.go("/dashboards/NC");
            WebElement none = browser.waitUntil(d -> {
                var found = d.findElements(By.cssSelector(".widget-warnings-card .widget-warnings-none"));
                return found.isEmpty() ? null : found.get(0);
            });
            assertThat(none.getText()).contains("Không có số liệu bất thường");
            assertThat(browser.text(".widget-warnings-card h2")).isEqualTo("Cảnh báo số liệu bất thường");
            browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", none);
            browser.screenshot("dashboard-warnings-none-desktop");
        }
    }

    /** Waits for the warning line naming that unit. */
    private static WebElement warningOf(Browser browser, String unitName) {
        return browser.waitUntil(d -> d.findElements(By.cssSelector(".widget-warnings-card li.widget-warning")).stream()
                .filter(li -> li.getText().contains(unitName))
                .findFirst()
                .orElse(null));
    }

    private static DataValueInput value(Period period, String value) {
        return new DataValueInput(EXPENDITURE, period.id(), TOWN, null, value, null);
    }

    private void write(List<DataValueInput> rows) {
        assertThat(values.importValues(rows, ImportOptions.defaults(ChangeSource.API))
                        .conflicts())
                .isEmpty();
        analytics.awaitCurrent();
    }
}
