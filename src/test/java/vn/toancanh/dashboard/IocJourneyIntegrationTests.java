package vn.toancanh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.support.Browser;

/**
 * The journey in two real browsers: a leader opens home, a domain dashboard and the map, and the home figure
 * equals the analytics API's answer; an officer, in a session of their own, saves a value in the entry grid; the
 * leader's home page shows the new figure without being reloaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IocJourneyIntegrationTests {

    static final String BUDGET = "KT-TCKH-01-001";
    static final String PASSWORD = "demo1234";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void aLeaderSeesAFigureChangeLiveWhenAnOfficerSavesAValue() {
        try (Browser leader = Browser.open(port);
                Browser officer = Browser.open(port)) {
            leader.login("lanhdao", PASSWORD);
            leader.go("/");
            String before = shown(leader);
            assertThat(before).isEqualTo(DashboardPagesIntegrationTests.vietnamese(apiValue()));

            leader.go("/dashboards/KT");
            WebElement chart = leader.waitUntil(d ->
                    d.findElements(By.cssSelector(".widget-chart-card[data-dx='" + BUDGET + "'] .widget-chart canvas"))
                                    .isEmpty()
                            ? null
                            : d.findElement(By.cssSelector(".widget-chart-card[data-dx='" + BUDGET + "']")));
            assertThat(chart.findElement(By.cssSelector(".widget-meta")).getText())
                    .contains("Nguồn:");

            leader.go("/map");
            leader.waitUntil(d -> d.findElements(
                                    By.cssSelector(
                                            ".leaflet-overlay-pane path.leaflet-interactive:not(.map-alert):not(.map-feedback)"))
                            .size()
                    == 16);
            assertThat(leader.driver().findElements(By.cssSelector(".leaflet-marker-pane .map-poi")))
                    .isNotEmpty();

            leader.go("/");
            assertThat(shown(leader)).isEqualTo(before);
            leader.script("window.notReloaded = true;");

            String month = LocalDate.now().toString().substring(0, 7).replace("-", "");
            officer.login("phongtckh", PASSWORD);
            officer.go("/entry?orgUnit=312-TCKH&group=KT-TCKH-01&period=" + month);
            String cell = "v-" + itemId() + "-0";
            WebElement input = officer.waitUntil(d -> d.findElement(By.id(cell)));
            input.click();
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys("765.432", Keys.ENTER);
            officer.waitUntil(d -> "SAVED"
                    .equals(officer.script(
                            "var td = document.getElementById(arguments[0]); return td && td.dataset.state;",
                            "td-" + cell)));

            String after = DashboardPagesIntegrationTests.vietnamese(apiValue());
            assertThat(after).isNotEqualTo(before);
            leader.waitUntil(d -> after.equals(card(leader).getText()));
            assertThat(leader.script("return window.notReloaded === true")).isEqualTo(true);
            leader.screenshot("journey-home-updated");
        }
    }

    private static WebElement card(Browser browser) {
        return browser.find("main .widget-single[data-dx='" + BUDGET + "'] .widget-value");
    }

    private static String shown(Browser browser) {
        return browser.waitUntil(d -> {
            String text = card(browser).getText();
            return text.isBlank() || text.startsWith("Đang tải") ? null : text;
        });
    }

    private long itemId() {
        return jdbc.sql("SELECT id FROM data_item WHERE code = :c")
                .param("c", BUDGET)
                .query(Long.class)
                .single();
    }

    private BigDecimal apiValue() {
        String path = "/api/analytics?dimension=" + URLEncoder.encode("dx:" + BUDGET, StandardCharsets.UTF_8)
                + "&filter=pe:THIS_YEAR&filter=ou:312";
        HttpResponse<String> response = new TestHttp(port).json("GET", path, TestHttp.basic("lanhdao", PASSWORD), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode rows = json.readTree(response.body()).get("rows");
        return new BigDecimal(rows.get(0).get(1).asString());
    }
}
