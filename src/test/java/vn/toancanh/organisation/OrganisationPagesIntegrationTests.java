package vn.toancanh.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.toancanh.support.Axe;
import vn.toancanh.support.Browser;

/** The unit pages in a real Chromium, as an admin: tree, search, create with validation, accessibility. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganisationPagesIntegrationTests {

    static final String ADMIN = "org-pages-admin";
    static final String PASSWORD = "Mat-khau-thu-2025";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void createAdmin() {
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, full_name, role, search_text)
                VALUES (:u, :h, 'Quản trị đơn vị', 'ADMIN', :u) ON CONFLICT (username) DO NOTHING""").param("u", ADMIN).param("h", encoder.encode(PASSWORD)).update();
        deleteCreatedUnit();
    }

    /** The unit the test creates is committed: remove it so other tests see only the demo hierarchy. */
    @AfterEach
    void deleteCreatedUnit() {
        jdbc.sql("DELETE FROM org_unit WHERE code = 'W-TO-1'").update();
    }

    /** Scrolls first, without Bootstrap's smooth scrolling, so the click lands on the button. */
    private static void click(Browser browser, String css) {
        var element = browser.find(css);
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    @Test
    void adminBrowsesSearchesAndCreatesUnits() {
        try (Browser browser = Browser.open(port)) {
            browser.login(ADMIN, PASSWORD);

            browser.go("/units");
            assertThat(browser.text("#unit-tree")).contains("Thành phố Hải Phòng", "Huyện An Dương", "Xã Lê Thiện");
            // levels 1 and 2 start open, communes (level 3) closed; other tests may add trees of their own
            assertThat(browser.driver().findElements(By.cssSelector("#unit-tree [aria-expanded=true]")).stream()
                            .map(e -> e.getAttribute("textContent").strip())
                            .toList())
                    .anyMatch(t -> t.endsWith("Thành phố Hải Phòng"))
                    .anyMatch(t -> t.endsWith("Huyện An Dương"))
                    .noneMatch(t -> t.contains("Xã ") || t.contains("Thị trấn "));
            browser.find("[data-tree-toggle=close]").click();
            assertThat(browser.find("#unit-tree ul").isDisplayed()).isFalse();
            browser.find("#unit-tree [data-tree-node]").click();
            assertThat(browser.find("#unit-tree ul").isDisplayed()).isTrue();
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("units-tree-desktop");

            browser.go("/units/list");
            browser.find("#q").sendKeys("an duong");
            browser.find("form[role=search] button[type=submit]").click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("q=an+duong"));
            assertThat(browser.driver().findElements(By.cssSelector("#unit-table tbody tr")))
                    .hasSize(2);
            assertThat(browser.text("#unit-table")).contains("Huyện An Dương", "Thị trấn An Dương");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("units-list-search-desktop");

            browser.go("/units/new?parent=312");
            browser.find("#name").sendKeys("Tổ công tác chuyển đổi số");
            click(browser, "#unit-form button[type=submit]");
            browser.waitUntil(
                    d -> !d.findElements(By.cssSelector("#code.is-invalid")).isEmpty());
            assertThat(browser.text("#code ~ .invalid-feedback")).isEqualTo("Vui lòng nhập mã đơn vị");
            assertThat(browser.text("#kind ~ .invalid-feedback")).isEqualTo("Vui lòng chọn loại đơn vị");
            assertThat(browser.find("#name").getAttribute("value")).isEqualTo("Tổ công tác chuyển đổi số");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("units-form-errors-desktop");

            browser.find("#code").sendKeys("W-TO-1");
            new org.openqa.selenium.support.ui.Select(browser.find("#kind")).selectByValue("OTHER");
            browser.find("#latitude").sendKeys("20.8611");
            browser.find("#longitude").sendKeys("106.6022");
            click(browser, "#unit-form button[type=submit]");
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/units/W-TO-1"));
            assertThat(browser.text("h1")).isEqualTo("Tổ công tác chuyển đổi số");
            assertThat(browser.text("[role=status]")).contains("Đã lưu");
            assertThat(browser.text("#unit-point")).contains("20,86110° B, 106,60220° Đ");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("units-detail-desktop");

            browser.go("/units/312");
            assertThat(browser.text("main"))
                    .contains("Huyện An Dương", "Phòng Tài chính - Kế hoạch", "Đơn vị trực thuộc");
            assertThat(Axe.seriousViolations(browser)).isEmpty();

            browser.go("/units/import");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.go("/units/merge");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.go("/units/split");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("units-split-desktop");

            browser.size(Browser.PHONE).go("/units");
            browser.screenshot("units-tree-phone");
            browser.go("/units/list?q=an+duong");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("units-list-phone");
            browser.go("/units/312");
            browser.screenshot("units-detail-phone");
            browser.go("/units/new");
            browser.screenshot("units-form-phone");
        }
    }
}
