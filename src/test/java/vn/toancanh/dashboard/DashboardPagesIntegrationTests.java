package vn.toancanh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.support.Browser;

/**
 * The dashboards in a real browser with the demo data: the home figures agree with the analytics API, a chart drills
 * down district → communes → one commune's history, a user composes a dashboard, the wall rotates and follows a
 * value saved meanwhile, the phone view installs its service worker. Screenshots at 1366 and 390 px (the wall at
 * 1920 × 1080) land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardPagesIntegrationTests {

    static final String BUDGET = "KT-TCKH-01-001";
    static final String DEMO_PASSWORD = "demo1234";
    static final Dimension WALL = new Dimension(1920, 1080);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void homeShowsTheKeyFiguresAsTheAnalyticsApiCountsThem() {
        try (Browser browser = Browser.open(port)) {
            browser.login("lanhdao", DEMO_PASSWORD);
            for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
                browser.size(size).go("/");
                String shown = loadedValue(browser, BUDGET);
                assertThat(shown).isEqualTo(vietnamese(value("dx:" + BUDGET, "pe:THIS_YEAR", "ou:312")));
                assertThat(browser.text("main")).contains("Sẽ có khi phân hệ Điều hành hoạt động");
                if (size.equals(Browser.PHONE)) {
                    // the charts are screens below the key figures: neither they nor ECharts have loaded yet
                    assertThat(browser.script("return typeof window.echarts")).isEqualTo("undefined");
                    assertThat(browser.driver().findElements(By.cssSelector(".widget-chart canvas")))
                            .isEmpty();
                }
                loadedChart(browser);
                browser.screenshot("dashboard-home-" + name(size));
            }
            // the period selector moves the cards to another year
            browser.size(Browser.DESKTOP).go("/");
            loadedValue(browser, BUDGET);
            new Select(browser.find("#dashboard-period")).selectByValue("LAST_YEAR");
            String expected = vietnamese(value("dx:" + BUDGET, "pe:LAST_YEAR", "ou:312"));
            browser.waitUntil(d -> expected.equals(card(browser, BUDGET).getText()));
        }
    }

    @Test
    void aDomainChartDrillsDownToTheCommunesAndToOneCommunesHistory() {
        // a commune figure to drill to, whichever groups the demo had the communes report, in the last but one month
        // of the chart (the demo leaves the last month partly reported)
        String month = LocalDate.now().minusMonths(2).toString().substring(0, 7).replace("-", "");
        post(
                "xalethien",
                "{\"dataValues\":[{\"dataElement\":\"" + BUDGET + "\",\"period\":\"" + month
                        + "\",\"orgUnit\":\"11584\",\"value\":\"4321\"}]}");
        try (Browser browser = Browser.open(port)) {
            browser.login("lanhdao", DEMO_PASSWORD);
            for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
                browser.size(size).go("/dashboards/KT");
                WebElement widget = chart(browser, BUDGET);
                browser.screenshot("dashboard-domain-kt-" + name(size));
                assertThat(widget.findElement(By.cssSelector(".widget-meta")).getText())
                        .contains("Nguồn:", "Cập nhật:");
            }
            browser.size(Browser.DESKTOP).go("/dashboards/KT");
            WebElement widget = chart(browser, BUDGET);
            clickBarOf(browser, widget, month);
            browser.screenshot("dashboard-drill-clicked");
            browser.waitUntil(d -> widget.findElement(By.cssSelector(".widget-crumbs"))
                    .getText()
                    .contains("Theo xã"));
            browser.waitUntil(d -> hasCanvas(widget));
            widget.findElement(By.cssSelector(".widget-toggle")).click();
            String communes =
                    widget.findElement(By.cssSelector(".widget-table")).getText();
            assertThat(communes).contains("4.321");
            widget.findElement(By.cssSelector(".widget-toggle")).click();
            browser.screenshot("dashboard-drill-communes");
            clickBarOf(browser, widget, "11584");
            browser.waitUntil(d -> widget.findElement(By.cssSelector(".widget-crumbs"))
                    .getText()
                    .contains("Diễn biến"));
            browser.waitUntil(d -> hasCanvas(widget));
            browser.screenshot("dashboard-drill-history");
            // the quick reports export what is shown: the commune's history, as a line chart
            assertThat(widget.findElement(By.cssSelector(".widget-excel")).getAttribute("href"))
                    .contains("/reports/quick.xlsx?", "ou%3A11584", "chart=LINE");
            assertThat(widget.findElement(By.cssSelector(".widget-pdf")).getAttribute("href"))
                    .contains("/reports/quick.pdf?", "ou%3A11584", "chart=LINE", "title=");
            widget.findElement(By.cssSelector(".widget-crumbs button[data-level='0']"))
                    .click();
            browser.waitUntil(
                    d -> !widget.findElement(By.cssSelector(".widget-crumbs")).isDisplayed());
        }
    }

    @Test
    void aUserComposesADashboardWithAWidget() {
        try (Browser browser = Browser.open(port)) {
            browser.login("phongtckh", DEMO_PASSWORD);
            browser.go("/dashboards/new");
            browser.find("#title").sendKeys("Theo dõi thu ngân sách");
            browser.find("[id='widgets0.title']").sendKeys("Thu ngân sách theo tháng");
            browser.find("[id='widgets0.dx']").sendKeys(BUDGET);
            new Select(browser.find("[id='widgets0.type']")).selectByValue("LINE");
            browser.screenshot("dashboard-form-desktop");
            browser.find("#save-dashboard").click();
            browser.waitUntil(d -> d.getCurrentUrl().matches(".*/dashboards/U\\d+$"));
            assertThat(browser.text("h1")).isEqualTo("Theo dõi thu ngân sách");
            chart(browser, BUDGET);
            browser.screenshot("dashboard-mine-desktop");
            browser.go("/dashboards");
            assertThat(browser.text("main")).contains("Theo dõi thu ngân sách");
            browser.size(Browser.PHONE).screenshot("dashboard-list-phone");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM dashboard WHERE title = 'Theo dõi thu ngân sách'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theWallRotatesAndShowsAValueSavedMeanwhileWithoutReloading() {
        try (Browser browser = Browser.open(port)) {
            browser.login("lanhdao", DEMO_PASSWORD);
            browser.size(WALL).go("/wall?d=HOME,KT&seconds=3");
            browser.waitUntil(d -> "HOME".equals(slide(browser)));
            String before = loadedValue(browser, BUDGET);
            browser.waitUntil(d -> fitsTheScreen(browser)); // the home slide has more widgets than a screen holds
            browser.screenshot("dashboard-wall-home");
            browser.waitUntil(d -> "KT".equals(slide(browser)));
            browser.waitUntil(d -> hasCanvas(chart(browser, BUDGET)));
            browser.waitUntil(d -> fitsTheScreen(browser));
            browser.screenshot("dashboard-wall-kt");
            browser.waitUntil(d -> "HOME".equals(slide(browser)));
            browser.find("#wall-pause").click();
            browser.waitUntil(d -> "on".equals(browser.find("#dashboard-live").getAttribute("data-state")));
            browser.script("window.notReloaded = true;");

            String thisMonth = LocalDate.now().toString().substring(0, 7).replace("-", "");
            post(
                    "phongtckh",
                    "{\"dataValues\":[{\"dataElement\":\"" + BUDGET + "\",\"period\":\"" + thisMonth
                            + "\",\"orgUnit\":\"312-TCKH\",\"value\":\"987654\"}]}");
            String after = vietnamese(value("dx:" + BUDGET, "pe:THIS_YEAR", "ou:312"));
            assertThat(after).isNotEqualTo(before);
            browser.waitUntil(d -> after.equals(card(browser, BUDGET).getText()));
            assertThat(browser.script("return window.notReloaded === true")).isEqualTo(true);
            browser.screenshot("dashboard-wall-updated");
        }
    }

    @Test
    void thePhoneViewIsAnInstallableAppWithAServiceWorker() {
        try (Browser browser = Browser.open(port)) {
            browser.login("lanhdao", DEMO_PASSWORD);
            browser.size(Browser.PHONE).go("/m");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/m/");
            loadedValue(browser, BUDGET);
            Object scope = browser.asyncScript("""
                    const done = arguments[arguments.length - 1];
                    navigator.serviceWorker.ready.then(r => done(r.scope)).catch(e => done('error ' + e));""");
            assertThat(String.valueOf(scope)).endsWith("/m/");
            Object manifest = browser.asyncScript("""
                    const done = arguments[arguments.length - 1];
                    const link = document.querySelector('link[rel=manifest]');
                    fetch(link.href, {credentials: 'include'}).then(r => r.json())
                        .then(m => done(m.start_url + ' ' + m.display + ' ' + m.icons.length)).catch(e => done('error ' + e));""");
            assertThat(manifest).isEqualTo("/m/ standalone 3");
            browser.screenshot("dashboard-mobile-phone");
            browser.go("/m/?d=KT");
            loadedChart(browser);
            browser.screenshot("dashboard-mobile-kt-phone");
            browser.size(Browser.DESKTOP).go("/m/");
            loadedValue(browser, BUDGET);
            browser.screenshot("dashboard-mobile-desktop");
        }
    }

    // --- helpers ---

    private static String name(Dimension size) {
        return size.equals(Browser.PHONE) ? "phone" : "desktop";
    }

    private static WebElement card(Browser browser, String dx) {
        return browser.find(".wall-slide:not([hidden]) .widget-single[data-dx='" + dx + "'] .widget-value, "
                + "main:not(.wall) .widget-single[data-dx='" + dx + "'] .widget-value");
    }

    /** Waits until the card of {@code dx} shows its figure, and returns the figure as shown. */
    private static String loadedValue(Browser browser, String dx) {
        return browser.waitUntil(d -> {
            String text = card(browser, dx).getText();
            return text.isBlank() || text.startsWith("Đang tải") ? null : text;
        });
    }

    private static WebElement chart(Browser browser, String dx) {
        WebElement widget = browser.find(".wall-slide:not([hidden]) .widget-chart-card[data-dx='" + dx
                + "'], main:not(.wall) .widget-chart-card[data-dx='" + dx + "']");
        browser.waitUntil(d -> hasCanvas(widget));
        return widget;
    }

    /** A chart further down loads as it is scrolled near (not before): scrolls to the first, waits for it. */
    /** The wall's visible slide ends on screen: nothing is cut off on a video wall without scroll bars. */
    private static boolean fitsTheScreen(Browser browser) {
        return Boolean.TRUE.equals(browser.script("""
                var slide = document.querySelector('.wall-slide:not([hidden])');
                return document.documentElement.scrollHeight <= window.innerHeight
                    && slide.getBoundingClientRect().bottom <= window.innerHeight;"""));
    }

    private static void loadedChart(Browser browser) {
        browser.script("document.querySelector('.widget-chart-card').scrollIntoView()");
        browser.waitUntil(
                d -> !d.findElements(By.cssSelector(".widget-chart canvas")).isEmpty());
    }

    private static boolean hasCanvas(WebElement widget) {
        return !widget.findElements(By.cssSelector(".widget-chart canvas")).isEmpty()
                && widget.getAttribute("aria-busy") == null;
    }

    private static String slide(Browser browser) {
        return browser.find("#wall").getAttribute("data-slide");
    }

    /** Clicks the middle of the first series' bar in that category, as a person would. */
    private static void clickBarOf(Browser browser, WebElement widget, String category) {
        clickAt(browser, widget, "p.categories.indexOf('" + category + "')");
    }

    /** Clicks the middle of the first series' bar in the category at that index, as a person would. */
    @SuppressWarnings("unchecked")
    private static void clickAt(Browser browser, WebElement widget, String indexExpression) {
        List<Number> xy = (List<Number>) browser.script("""
                const w = arguments[0].toanCanhWidget; const p = w.pivoted; const i = %s;
                const bar = w.chart.getModel().getSeriesByIndex(0).getData().getItemLayout(i);
                return [bar.x + bar.width / 2, bar.y + bar.height / 2];""".formatted(indexExpression), widget);
        WebElement canvasHolder = widget.findElement(By.cssSelector(".widget-chart"));
        int x = (int)
                Math.round(xy.get(0).doubleValue() - canvasHolder.getSize().getWidth() / 2.0);
        int y = (int)
                Math.round(xy.get(1).doubleValue() - canvasHolder.getSize().getHeight() / 2.0);
        new Actions(browser.driver()).moveToElement(canvasHolder, x, y).click().perform();
    }

    private BigDecimal value(String dimension, String... filters) {
        StringBuilder path = new StringBuilder("/api/analytics?dimension=" + enc(dimension));
        for (String f : filters) {
            path.append("&filter=").append(enc(f));
        }
        HttpResponse<String> response =
                new TestHttp(port).json("GET", path.toString(), TestHttp.basic("lanhdao", DEMO_PASSWORD), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode rows = json.readTree(response.body()).get("rows");
        assertThat(rows.size()).as(response.body()).isEqualTo(1);
        return new BigDecimal(rows.get(0).get(1).asString());
    }

    private void post(String user, String body) {
        HttpResponse<String> response =
                new TestHttp(port).json("POST", "/api/dataValueSets", TestHttp.basic(user, DEMO_PASSWORD), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("\"conflicts\":[{");
    }

    /** As the page writes it: 1.234.567,8 (at most one decimal). */
    static String vietnamese(BigDecimal value) {
        DecimalFormat format =
                new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN")));
        return format.format(value.setScale(1, RoundingMode.HALF_UP));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
