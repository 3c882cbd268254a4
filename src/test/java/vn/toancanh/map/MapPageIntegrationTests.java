package vn.toancanh.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.datavalues.ImportSummary;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.support.Axe;
import vn.toancanh.support.Browser;

/**
 * The map page in a real Chromium as the demo leader: boundaries and markers drawn, a layer toggled, a commune found
 * by a search without diacritics and its popup opened, a choropleth from the analytics API with its legend and ranks,
 * at desktop and phone width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapPageIntegrationTests {

    static final String ITEM = "T-MAP-DAN-SO";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdminService users;

    @Autowired
    DataValueService values;

    /** An item of our own with a 2025 value for each demo commune: 1000.5, 1100.5, … by unit code. */
    void populationOfTheCommunes() {
        jdbc.sql("""
                INSERT INTO data_item (code, group_id, name, value_type, aggregation_type, time_aggregation_type,
                                       period_type, category_combo_id, owner_unit_id, sharing, unit_of_measure)
                SELECT :code, g.id, 'Dân số trung bình (thử)', 'NUMBER', 'SUM', 'LAST', 'YEARLY', 0, g.owner_unit_id,
                       'INTERNAL', 'người'
                  FROM data_group g WHERE g.code = 'KT-TCKH-01'
                ON CONFLICT (code) DO NOTHING""").param("code", ITEM).update();
        List<String> communes = jdbc.sql("""
                        SELECT u.code FROM org_unit u JOIN org_unit p ON p.id = u.parent_id
                         WHERE p.code = '312' AND u.geometry IS NOT NULL ORDER BY u.code""").query(String.class).list();
        List<DataValueInput> rows = new java.util.ArrayList<>();
        for (int i = 0; i < communes.size(); i++) {
            rows.add(new DataValueInput(ITEM, "2025", communes.get(i), null, String.valueOf(1000.5 + 100 * i), null));
        }
        ImportSummary summary = values.importValues(rows, ImportOptions.defaults(ChangeSource.API));
        assertThat(summary.conflicts()).isEmpty();
    }

    @Test
    void leaderSeesBoundariesAndPointsTogglesALayerSearchesAndColours() {
        populationOfTheCommunes();
        long points = jdbc.sql("SELECT count(*) FROM map_poi").query(Long.class).single();
        long cameras = jdbc.sql("SELECT count(*) FROM map_poi WHERE layer = 'CAMERA'")
                .query(Long.class)
                .single();
        try (Browser browser = Browser.open(port)) {
            browser.size(Browser.DESKTOP).login("lanhdao", "demo1234");
            browser.go("/map");
            ready(browser);

            assertThat(
                            browser.driver()
                                    .findElements(
                                            By.cssSelector(
                                                    ".leaflet-overlay-pane path.leaflet-interactive:not(.map-alert):not(.map-feedback)")))
                    .hasSize(16);
            assertThat(browser.driver().findElements(By.cssSelector(".leaflet-marker-pane .map-poi")))
                    .hasSize((int) points);
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("map-desktop");

            // Citizens' open feedback is an overlay of its own, one dot per pinned request.
            long openFeedback = jdbc.sql("""
                            SELECT count(*) FROM feedback_request
                             WHERE status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS') AND latitude IS NOT NULL""").query(Long.class).single();
            By feedbackDots = By.cssSelector(".leaflet-overlay-pane path.map-feedback");
            assertThat(browser.driver().findElements(feedbackDots)).hasSize((int) Math.min(openFeedback, 5000));
            WebElement feedbackLayer = layerCheckbox(browser, "Phản ánh đang xử lý");
            feedbackLayer.click();
            assertThat(browser.driver().findElements(feedbackDots)).isEmpty();
            layerCheckbox(browser, "Phản ánh đang xử lý").click();

            WebElement cameraLayer = layerCheckbox(browser, "Camera giám sát");
            cameraLayer.click();
            assertThat(browser.driver().findElements(By.cssSelector(".map-poi-camera")))
                    .isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector(".leaflet-marker-pane .map-poi")))
                    .hasSize((int) (points - cameras));
            layerCheckbox(browser, "Camera giám sát").click();
            assertThat(browser.driver().findElements(By.cssSelector(".map-poi-camera")))
                    .hasSize((int) cameras);

            browser.find("#map-search").sendKeys("le thien");
            browser.find("#map-search-form button[type=submit]").click();
            browser.waitUntil(d -> !d.findElements(By.cssSelector(".map-search-hit[data-kind=UNIT][data-key='11584']"))
                    .isEmpty());
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.find(".map-search-hit[data-kind=UNIT][data-key='11584']").click();
            // the popup fades in: its text is visible once the animation ends
            WebElement popup = browser.waitUntil(d -> d.findElements(By.cssSelector(".leaflet-popup-content")).stream()
                    .filter(e -> e.getText().contains("Xã Lê Thiện"))
                    .findFirst()
                    .orElse(null));
            assertThat(popup.getText()).contains("Xã Lê Thiện", "11584");
            assertThat(popup.findElement(By.cssSelector("a")).getAttribute("href"))
                    .endsWith("/units/11584");
            browser.screenshot("map-search-popup-desktop");

            browser.find("#map-dx").sendKeys(ITEM);
            new org.openqa.selenium.support.ui.Select(browser.find("#map-pe")).selectByValue("2025");
            browser.find("#map-choropleth-form button[type=submit]").click();
            browser.waitUntil(
                    d -> d.findElement(By.cssSelector(".map-legend")).getText().contains("Dân số"));
            assertThat(browser.text(".map-legend"))
                    .contains("Dân số trung bình (thử)", "Năm 2025", "người", "1.000,5 – 1.300,5", "Không có số liệu");
            assertThat(browser.driver().findElements(By.cssSelector(".map-legend li")))
                    .hasSize(6);
            String tooltip = (String) browser.script("window.__map.map.closePopup();"
                    + " window.__map.map.fitBounds(window.__map.choropleth.layer.getBounds(), {animate: false});"
                    + " const l = window.__map.choropleth.byCode['11584']; l.openTooltip(l.getBounds().getCenter());"
                    + " return document.querySelector('.leaflet-tooltip').innerText;");
            assertThat(tooltip).contains("Xã Lê Thiện", "1.100,5 người", "Hạng 15/16");
            assertThat(browser.driver().getCurrentUrl()).contains("dx=" + ITEM, "pe=2025");
            // the closed popup fades out first; half-transparent text would fail the contrast check
            browser.waitUntil(
                    d -> d.findElements(By.cssSelector(".leaflet-popup")).isEmpty());
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("map-choropleth-desktop");

            browser.size(Browser.PHONE).go("/map");
            ready(browser);
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("map-phone");
        }
    }

    @Test
    void adminManagesPointsAndImportsFiles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        TestUsers.ensure(users, jdbc, "map.pages.admin", Role.ADMIN, null);
        java.nio.file.Path bad = dir.resolve("ranh-gioi.geojson");
        java.nio.file.Files.writeString(bad, """
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","properties":{"code":"KHONG-CO"},"geometry":{"type":"Point","coordinates":[106,20]}},
                  {"type":"Feature","properties":{},"geometry":null}]}""");
        try (Browser browser = Browser.open(port)) {
            browser.size(Browser.DESKTOP).login("map.pages.admin", TestUsers.PASSWORD);

            // OTHER: no demo data seeds that layer, so its table holds only this test's point
            browser.go("/map/admin/pois/new?layer=OTHER");
            browser.find("#latitude").sendKeys("abc");
            submit(browser, "#poi-form button[type=submit]");
            browser.waitUntil(
                    d -> !d.findElements(By.cssSelector("#latitude.is-invalid")).isEmpty());
            assertThat(browser.text("#latitude ~ .invalid-feedback")).isEqualTo("Vĩ độ phải là số, ví dụ 20.8626");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("map-admin-form-errors-desktop");

            browser.find("#name").sendKeys("Nhà văn hoá thôn Một (thử)");
            browser.find("#latitude").clear();
            browser.find("#latitude").sendKeys("20,9074");
            browser.find("#longitude").sendKeys("106.5740");
            browser.find("#attributes").sendKeys("Vốn: 2 tỷ đồng");
            submit(browser, "#poi-form button[type=submit]");
            browser.waitUntil(d -> d.getCurrentUrl().contains("/map/admin?layer=OTHER"));
            assertThat(browser.text("[role=status]")).contains("Nhà văn hoá thôn Một (thử)");
            assertThat(browser.text("#poi-table")).contains("Nhà văn hoá thôn Một (thử)", "Xã Lê Thiện", "20,90740");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("map-admin-list-desktop");

            submit(browser, "#poi-table a[href*='/edit']");
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/edit"));
            assertThat(browser.find("#attributes").getAttribute("value")).isEqualTo("Vốn: 2 tỷ đồng");
            browser.find("#name").clear();
            browser.find("#name").sendKeys("Nhà văn hoá thôn Hai (thử)");
            submit(browser, "#poi-form button[type=submit]");
            browser.waitUntil(d -> d.getCurrentUrl().contains("/map/admin?layer=OTHER"));
            assertThat(browser.text("#poi-table")).contains("Nhà văn hoá thôn Hai (thử)");

            submit(browser, "#poi-table form button[type=submit]");
            browser.waitUntil(d ->
                    d.findElement(By.cssSelector("[role=status]")).getText().contains("Đã xoá"));
            assertThat(browser.text("#poi-table")).doesNotContain("Nhà văn hoá thôn Hai (thử)");

            browser.find("#file").sendKeys(bad.toString());
            submit(browser, "form[action$='/map/admin/import'] button[type=submit]");
            browser.waitUntil(d -> !d.findElements(By.id("poi-import-errors")).isEmpty());
            assertThat(browser.text("#poi-import-failed")).contains("ranh-gioi.geojson", "2 lỗi");
            assertThat(Axe.seriousViolations(browser)).isEmpty();

            browser.go("/units/geometry");
            browser.find("#file").sendKeys(bad.toString());
            submit(browser, "main form button[type=submit]");
            browser.waitUntil(d -> !d.findElements(By.id("geometry-errors")).isEmpty());
            assertThat(browser.text("#geometry-errors")).contains("KHONG-CO", "Polygon", "code");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("units-geometry-errors-desktop");
        }
    }

    private static void submit(Browser browser, String css) {
        WebElement element = browser.find(css);
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    /** Waits until the page's map has drawn everything it loaded, and keeps it as {@code window.__map}. */
    private static void ready(Browser browser) {
        browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                const wait = () => window.ToanCanhMap && window.ToanCanhMap.current
                    ? window.ToanCanhMap.current.then(api => { window.__map = api; done(true); })
                    : setTimeout(wait, 50);
                wait();""");
    }

    private static WebElement layerCheckbox(Browser browser, String label) {
        List<WebElement> labels =
                browser.driver().findElements(By.cssSelector(".leaflet-control-layers-overlays label"));
        return labels.stream()
                .filter(l -> l.getText().contains(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no layer " + label))
                .findElement(By.cssSelector("input"));
    }
}
