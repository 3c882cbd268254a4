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
import vn.toancanh.support.Axe;
import vn.toancanh.support.Browser;

/** The catalog pages in Chromium: browse, search without diacritics, open an item, create one, read-only viewers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogPagesIntegrationTests {

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
    void adminBrowsesSearchesOpensAndCreatesItems() {
        try (Browser browser = Browser.open(port)) {
            browser.login(CatalogTestUsers.ADMIN, CatalogTestUsers.PASSWORD).go("/catalog");
            assertThat(browser.text("h1")).isEqualTo("Danh mục dữ liệu");
            assertThat(browser.text("nav.catalog-nav")).contains("Kinh tế", "Xã hội", "Hành chính", "Nội chính");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("catalog-desktop");

            // Browse: a domain, then a sector's groups (collapsed until opened), then a group.
            browser.find("nav.catalog-nav a[href='/catalog?domain=XH']").click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("domain=XH"));
            assertThat(browser.text("main h2")).isEqualTo("Xã hội");
            browser.find("button[data-bs-target='#nav-XH-LDTBXH']").click();
            WebElement group = browser.find("nav.catalog-nav a[href='/catalog?group=XH-LDTBXH-01']");
            browser.waitUntil(d -> group.isDisplayed());
            group.click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("group=XH-LDTBXH-01"));
            assertThat(browser.text("#group-title")).contains("Dân số và lao động", "XH-LDTBXH-01");
            assertThat(browser.text("#items-table")).contains("Dân số trung bình", "Mật độ dân số");
            assertThat(browser.text("#result-count")).isEqualTo("5 chỉ tiêu");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("catalog-group-desktop");

            // Search without diacritics, across the whole catalog.
            browser.go("/catalog");
            browser.find("#q").sendKeys("dan so");
            browser.find("#search-submit").click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("q=dan+so"));
            assertThat(browser.text("#items-table")).contains("Dân số trung bình");
            browser.find("#items-table a.item-link[href='/catalog/items/XH-LDTBXH-01-001']")
                    .click();
            assertThat(browser.text("h1")).isEqualTo("Dân số trung bình");
            assertThat(browser.text("main")).contains("Giá trị cuối kỳ", "Nam, Thành thị", "Chi cục Thống kê huyện");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("catalog-item-desktop");

            createWithAValidationErrorFirst(browser);

            browser.size(Browser.PHONE).go("/catalog?group=XH-LDTBXH-01");
            assertThat(browser.find("#catalog-nav-select").isDisplayed()).isTrue();
            assertThat(browser.find("nav.catalog-nav").isDisplayed()).isFalse();
            new Select(browser.find("#catalog-nav-select")).selectByValue("/catalog?group=XH-YT-04");
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("group=XH-YT-04"));
            assertThat(browser.text("#group-title")).contains("Dân số - Kế hoạch hóa gia đình");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("catalog-phone");
            browser.go("/catalog/items/XH-LDTBXH-01-001");
            browser.screenshot("catalog-item-phone");
        }
    }

    private void createWithAValidationErrorFirst(Browser browser) {
        browser.go("/catalog/items/new?group=XH-LDTBXH-01");
        assertThat(browser.text("h1")).isEqualTo("Thêm chỉ tiêu");
        assertThat(new Select(browser.find("#groupCode"))
                        .getFirstSelectedOption()
                        .getText())
                .startsWith("XH-LDTBXH-01");
        browser.find("#code").sendKeys("TEST-UI-001");
        new Select(browser.find("#valueType")).selectByValue("TEXT");
        browser.find("#minValue").sendKeys("abc");
        click(browser, "#save");
        browser.waitUntil(d ->
                !d.findElements(By.cssSelector("#name + .invalid-feedback")).isEmpty());
        assertThat(browser.text("#name + .invalid-feedback")).isEqualTo("Tên chỉ tiêu không được để trống");
        assertThat(browser.text("#aggregationType ~ .invalid-feedback"))
                .contains("chỉ được tổng hợp theo \"Đếm\" hoặc \"Không tổng hợp\"");
        assertThat(browser.text("#minValue + .invalid-feedback")).isEqualTo("Phải là một số, ví dụ 100 hoặc 12,5");
        assertThat(browser.find("#name").getAttribute("class")).contains("is-invalid");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        browser.screenshot("catalog-form-errors-desktop");

        browser.find("#name").sendKeys("Số người cao tuổi được chúc thọ");
        new Select(browser.find("#valueType")).selectByValue("INTEGER");
        browser.find("#minValue").clear();
        browser.find("#minValue").sendKeys("0");
        browser.find("#unitOfMeasure").sendKeys("người");
        click(browser, "#save");
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/catalog/items/TEST-UI-001"));
        assertThat(browser.text(".alert-success")).isEqualTo("Đã lưu chỉ tiêu TEST-UI-001.");
        assertThat(browser.text("h1")).isEqualTo("Số người cao tuổi được chúc thọ");
        assertThat(jdbc.sql("SELECT search_text FROM data_item WHERE code = 'TEST-UI-001'")
                        .query(String.class)
                        .single())
                .contains("so nguoi cao tuoi duoc chuc tho");
    }

    /** Clicks like a person: scrolled into view first, so a sticky footer never covers the button. */
    private static void click(Browser browser, String css) {
        WebElement element = browser.find(css);
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    @Test
    void viewersReadButSeeNoEditButtons() {
        try (Browser browser = Browser.open(port)) {
            browser.login(CatalogTestUsers.VIEWER, CatalogTestUsers.PASSWORD).go("/catalog?group=KT-TCKH-01");
            assertThat(browser.text("#items-table")).contains("Thu ngân sách nhà nước trên địa bàn");
            assertThat(browser.driver().findElements(By.id("new-item"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("edit-group"))).isEmpty();
            assertThat(browser.find("#export-xlsx").getAttribute("href")).contains("/api/catalog/export?format=xlsx");
            browser.go("/catalog/items/KT-TCKH-01-001");
            assertThat(browser.text("h1")).isEqualTo("Thu ngân sách nhà nước trên địa bàn");
            assertThat(browser.driver().findElements(By.id("edit-item"))).isEmpty();
            browser.go("/catalog/items/KT-TCKH-01-001/edit");
            assertThat(browser.driver().findElements(By.id("item-form"))).isEmpty();
            browser.go("/catalog?q=khong+co+chi+tieu+nao+nhu+vay");
            assertThat(browser.text("#empty-state")).contains("Không có chỉ tiêu nào phù hợp.");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("catalog-empty-viewer");
        }
    }
}
