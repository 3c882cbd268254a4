package vn.toancanh.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.support.Axe;
import vn.toancanh.support.Browser;

/** The indicator pages in Chromium: list and search, the form's formula errors in Vietnamese, the targets table. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndicatorPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void users() {
        CatalogTestUsers.ensure(jdbc, encoder);
    }

    @Test
    void adminFindsIndicatorsAndSeesTheFormulaErrorBesideTheField() {
        try (Browser browser = Browser.open(port)) {
            browser.login(CatalogTestUsers.ADMIN, CatalogTestUsers.PASSWORD).go("/catalog");
            click(browser, "#indicators-link");
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/catalog/indicators"));
            assertThat(browser.text("h1")).isEqualTo("Danh mục chỉ số");
            assertThat(browser.text("#indicators-table")).contains("Mật độ dân số", "#{HC-TTHC-01-003}");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("indicators-desktop");

            browser.find("#q").sendKeys("ho so truc tuyen");
            click(browser, "#search-submit");
            browser.waitUntil(d -> d.getCurrentUrl().contains("q=ho+so+truc+tuyen"));
            assertThat(browser.text("#indicators-table")).contains("Tỷ lệ hồ sơ tiếp nhận trực tuyến");
            assertThat(browser.text("#indicators-table")).doesNotContain("Mật độ dân số");
            browser.go("/catalog/indicators?sort=-code");
            assertThat(browser.find("th[aria-sort='descending']").getText()).contains("Mã");

            browser.go("/catalog/indicators/new");
            assertThat(browser.text("h1")).isEqualTo("Thêm chỉ số");
            browser.find("#code").sendKeys("TEST-UI-IND");
            browser.find("#name").sendKeys("Tỷ lệ hồ sơ qua bưu chính công ích");
            browser.find("#expression").sendKeys("(#{HC-TTHC-01-004} + 1");
            browser.find("#decimals").clear();
            browser.find("#decimals").sendKeys("hai");
            click(browser, "#save");
            assertThat(browser.text("#expression + .invalid-feedback"))
                    .isEqualTo("Biểu thức sai ở vị trí 23: thiếu dấu ')'");
            assertThat(browser.find("#expression").getAttribute("class")).contains("is-invalid");
            assertThat(browser.find("#expression").getAttribute("aria-describedby"))
                    .contains("expression-error");
            assertThat(browser.text("#decimals + .invalid-feedback"))
                    .isEqualTo("Số chữ số thập phân là số nguyên từ 0 đến 6");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("indicator-form-errors-desktop");

            browser.find("#expression").clear();
            browser.find("#expression").sendKeys("#{HC-TTHC-01-004}/#{HC-TTHC-01-002}*100");
            browser.find("#decimals").clear();
            browser.find("#decimals").sendKeys("2");
            new Select(browser.find("#sectorCode")).selectByValue("HC-TTHC");
            click(browser, "#save");
            browser.waitUntil(d -> d.getCurrentUrl().contains("/catalog/indicators?q=TEST-UI-IND"));
            assertThat(browser.text(".alert-success")).isEqualTo("Đã lưu chỉ số TEST-UI-IND.");
            assertThat(browser.text("#indicators-table")).contains("#{HC-TTHC-01-004} / #{HC-TTHC-01-002} * 100");

            browser.size(Browser.PHONE).go("/catalog/indicators/new");
            browser.find("#expression").sendKeys("#{HC-TTHC-01-004} * ");
            click(browser, "#save");
            // the form posts and the page comes back with the message: wait for it rather than race the load
            browser.waitUntil(
                    d -> !d.findElements(org.openqa.selenium.By.cssSelector("#expression + .invalid-feedback"))
                            .isEmpty());
            assertThat(browser.text("#expression + .invalid-feedback")).startsWith("Biểu thức sai ở vị trí");
            browser.screenshot("indicator-form-errors-phone");
            browser.go("/catalog/indicators");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("indicators-phone");
        }
    }

    @Test
    void leadersSetTargetsCellByCellViewersOnlyRead() {
        int year = OrganisationService.today().getYear();
        try (Browser browser = Browser.open(port)) {
            browser.login(CatalogTestUsers.LEADER, CatalogTestUsers.PASSWORD).go("/catalog/indicators");
            click(browser, "#indicators-table a.indicator-link[href='/catalog/targets/IND-HS-DUNGHAN']");
            assertThat(browser.text("h1")).isEqualTo("Mục tiêu của Tỷ lệ hồ sơ giải quyết đúng hạn");
            assertThat(browser.text("#formula"))
                    .isEqualTo("(#{HC-TTHC-02-003} - #{HC-TTHC-02-004}) / #{HC-TTHC-02-003} * 100");
            assertThat(browser.text("#targets-table")).contains("Huyện An Dương", "Xã Lê Thiện", String.valueOf(year));
            String cell = "td[data-unit='11584'][data-year='" + year + "']";
            click(browser, cell + " a.target-edit");
            assertThat(browser.text("h1")).isEqualTo("Mục tiêu của Xã Lê Thiện năm " + year);
            browser.find("#value").sendKeys("chín mươi");
            click(browser, "#save");
            assertThat(browser.text("#value + .invalid-feedback")).isEqualTo("Phải là một số, ví dụ 95 hoặc 97,5");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("target-form-errors-desktop");
            browser.find("#value").clear();
            browser.find("#value").sendKeys("97,5");
            browser.find("#note").sendKeys("Theo kế hoạch cải cách hành chính");
            click(browser, "#save");
            browser.waitUntil(d -> d.getCurrentUrl().contains("/catalog/targets/IND-HS-DUNGHAN"));
            assertThat(browser.text(".alert-success")).isEqualTo("Đã lưu mục tiêu của Xã Lê Thiện năm " + year + ".");
            assertThat(browser.text(cell + " .target-value")).isEqualTo("97,5");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("targets-desktop");
            browser.size(Browser.PHONE).go("/catalog/targets/IND-HS-DUNGHAN");
            browser.screenshot("targets-phone");
        }
        try (Browser browser = Browser.open(port)) {
            browser.login(CatalogTestUsers.VIEWER, CatalogTestUsers.PASSWORD).go("/catalog/targets/IND-HS-DUNGHAN");
            assertThat(browser.text("td[data-unit='11584'][data-year='" + year + "']"))
                    .contains("97,5");
            assertThat(browser.driver().findElements(By.cssSelector("a.target-edit")))
                    .isEmpty();
            assertThat(browser.driver().findElements(By.id("new-indicator"))).isEmpty();
            browser.go("/catalog/items/HC-TTHC-01-002");
            click(browser, "#item-targets");
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/catalog/targets/HC-TTHC-01-002"));
            assertThat(browser.text("h1")).isEqualTo("Mục tiêu của Số hồ sơ tiếp nhận");
        }
    }

    /** Clicks a link or submit button and waits for the page it leads to (the click returns before it loads). */
    private static void click(Browser browser, String css) {
        WebElement element = browser.find(css);
        browser.script(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'}); window.__leaving = true;",
                element);
        element.click();
        browser.waitUntil(d -> Boolean.TRUE.equals(
                browser.script("return window.__leaving === undefined && document.readyState === 'complete'")));
    }
}
