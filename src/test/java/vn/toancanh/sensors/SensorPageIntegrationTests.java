package vn.toancanh.sensors;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.support.Browser;

/**
 * A station's page in a real Chromium: the chart drawn from the API with the three alarm lines, the alarm badge, the
 * latest readings in Vietnamese number and time format; the list finds it by a search without diacritics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SensorPageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdminService users;

    @Autowired
    SensorService sensors;

    @Test
    void theStationPageShowsTheChartTheAlarmLinesAndTheLatestValues() {
        TestUsers.ensure(users, jdbc, "sn.page", Role.VIEWER, null);
        TestUsers.ensureUnit(jdbc, "T-SN-P1", "Xã Thử Sông", "COMMUNE");
        if (sensors.station("T-SN-PAGE").isEmpty()) {
            sensors.create(
                    new StationInput(
                            "T-SN-PAGE",
                            "Trạm đo mực nước sông Thử – Bến Đò",
                            StationKind.WATER_LEVEL,
                            "T-SN-P1",
                            20.9,
                            106.6,
                            "Thử",
                            new BigDecimal("2.9"),
                            new BigDecimal("3.4"),
                            new BigDecimal("3.9"),
                            true),
                    CurrentUser.SYSTEM);
        }
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        sensors.ingest(
                List.of(
                        new ReadingInput(
                                "T-SN-PAGE", Measure.WATER_LEVEL, hour.minusSeconds(7200), new BigDecimal("3.1")),
                        new ReadingInput(
                                "T-SN-PAGE", Measure.WATER_LEVEL, hour.minusSeconds(3600), new BigDecimal("3.3")),
                        new ReadingInput("T-SN-PAGE", Measure.WATER_LEVEL, hour, new BigDecimal("3.45"))),
                CurrentUser.SYSTEM);
        String shownTime = vn.toancanh.shared.PageFormats.INSTANCE.time(hour);
        try (Browser browser = Browser.open(port)) {
            browser.size(Browser.DESKTOP).login("sn.page", TestUsers.PASSWORD);
            browser.go("/sensors?q=ben do");
            assertThat(browser.driver().findElements(By.cssSelector("#sensors-table tbody tr")))
                    .hasSize(1);
            assertThat(browser.text("#sensors-table tbody tr")).contains("3,45 m", shownTime, "Báo động II");
            browser.find("#sensors-table tbody a").click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/sensors/T-SN-PAGE"));
            browser.waitUntil(d -> "3".equals(browser.find("#sensor-chart").getDomAttribute("data-points")));
            assertThat(browser.driver().findElements(By.cssSelector("#sensor-chart canvas")))
                    .isNotEmpty();
            Object marks = browser.script(
                    "return ToanCanhSensors.current.chart.getOption().series[0].markLine.data.map(function (l) {"
                            + " return l.yAxis; });");
            assertThat(marks.toString()).isEqualTo("[2.9, 3.4, 3.9]");
            assertThat(browser.text(".sensor-alarm")).isEqualTo("Báo động II");
            assertThat(browser.text(".sensor-now-value")).isEqualTo("3,45 m");
            assertThat(browser.text("#sensor-readings tbody tr:first-child")).contains(shownTime, "3,45");
            browser.find("[data-range='24h']").click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("range=24h"));
            browser.screenshot("sensors-station-desktop");
            browser.size(Browser.PHONE).go("/sensors/T-SN-PAGE");
            browser.waitUntil(d -> "3".equals(browser.find("#sensor-chart").getDomAttribute("data-points")));
            Object overflow = browser.script("return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(overflow).isEqualTo(false);
            browser.screenshot("sensors-station-phone");
        }
    }
}
