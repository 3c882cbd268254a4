package vn.toancanh.datavalues.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;
import vn.toancanh.support.Axe;
import vn.toancanh.support.Browser;

/**
 * A commune officer enters values in a real Chromium: Vietnamese number input, a Vietnamese error in the cell, values
 * that survive a reload and are in data_value, the audit entry in the history modal; a leader is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DataEntryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    EntryFixture fx;
    String period;

    @BeforeEach
    void fixture() {
        fx = new EntryFixture(jdbc, encoder);
        period = Period.of(PeriodType.MONTHLY, LocalDate.now()).previous().id();
    }

    @Test
    void communeOfficerEntersValuesSeesThemSavedAndSeesTheAuditEntry() {
        try (Browser browser = Browser.open(port)) {
            browser.login(fx.user("officer"), EntryFixture.PASSWORD).go("/entry");
            assertThat(new Select(browser.find("#pick-unit"))
                            .getFirstSelectedOption()
                            .getText())
                    .contains("Xã Hồng Thái");
            assertThat(browser.text("#entry-empty")).contains("Chọn đơn vị, nhóm dữ liệu và kỳ báo cáo");

            new Select(browser.find("#pick-group")).selectByValue(fx.code("G"));
            browser.waitUntil(
                    d -> !d.findElements(By.cssSelector("#entry-grid")).isEmpty());
            assertThat(new Select(browser.find("#pick-period"))
                            .getFirstSelectedOption()
                            .getAttribute("value"))
                    .isEqualTo(period);
            assertThat(browser.driver().getCurrentUrl())
                    .contains("orgUnit=" + fx.code("C1"))
                    .contains("group=" + fx.code("G"))
                    .contains("period=" + period);
            assertThat(browser.text("#entry-grid")).contains("Chỉ tiêu", "Đơn vị tính", "Tổng", "Nam", "Nữ");
            assertThat(Axe.seriousViolations(browser)).isEmpty();

            String num = cellId("NUM", "default");
            type(browser, num, "1.234,5");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .isEqualTo(cellId("PCT", "default"));
            waitState(browser, num, "SAVED");
            assertThat(browser.text("#td-" + num)).contains("Đã lưu");
            assertThat(browser.find("#" + num).getAttribute("value")).isEqualTo("1.234,5");

            String pct = cellId("PCT", "default");
            type(browser, pct, "150");
            waitState(browser, pct, "ERROR");
            assertThat(browser.text("#td-" + pct + " .entry-error"))
                    .isNotBlank()
                    .doesNotContain("Exception");
            assertThat(browser.find("#" + pct).getAttribute("class")).contains("is-invalid");

            String intCell = cellId("INT", "default");
            type(browser, intCell, "abc");
            waitState(browser, intCell, "ERROR");
            type(browser, intCell, "2.500");
            waitState(browser, intCell, "SAVED");
            browser.screenshot("entry-desktop");

            assertThat(fx.value("NUM", "C1", period, "default")).isEqualTo("1234.5");
            assertThat(fx.value("INT", "C1", period, "default")).isEqualTo("2500");
            assertThat(fx.value("PCT", "C1", period, "default")).isNull();
            assertThat(fx.auditRows("NUM", "C1", "FORM")).isEqualTo(1);

            browser.driver().navigate().refresh();
            browser.waitUntil(
                    d -> !d.findElements(By.cssSelector("#entry-grid")).isEmpty());
            assertThat(browser.find("#" + num).getAttribute("value")).isEqualTo("1.234,5");
            assertThat(browser.find("#" + intCell).getAttribute("value")).isEqualTo("2.500");

            browser.find("#td-" + num + " .entry-history").click();
            // getText() is empty while the modal still fades in: wait until the table is shown with its rows
            String history = browser.waitUntil(d -> d.findElements(By.cssSelector("#history-table")).stream()
                    .filter(WebElement::isDisplayed)
                    .map(t -> d.findElement(By.cssSelector("#history-body")).getText())
                    .filter(text -> text.contains("Tạo mới"))
                    .findFirst()
                    .orElse(null));
            assertThat(history).contains(fx.user("officer")).contains("1.234,5").contains("Biểu mẫu nhập liệu");
            assertThat(history).contains("Tạo mới");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("entry-history");

            browser.size(Browser.PHONE).go("/entry?orgUnit=" + fx.code("C1") + "&group=" + fx.code("G"));
            browser.waitUntil(
                    d -> !d.findElements(By.cssSelector("#entry-grid")).isEmpty());
            browser.screenshot("entry-phone");
        }
    }

    @Test
    void leadersMayNotEnterData() {
        try (Browser browser = Browser.open(port)) {
            browser.login(fx.user("leader"), EntryFixture.PASSWORD).go("/entry");
            assertThat(browser.text("main")).contains("403").contains("không có quyền");
            assertThat(browser.driver().findElements(By.cssSelector("#entry-pickers")))
                    .isEmpty();
        }
    }

    private String cellId(String item, String combo) {
        long itemId = jdbc.sql("SELECT id FROM data_item WHERE code = :c")
                .param("c", fx.code(item))
                .query(Long.class)
                .single();
        long comboId = combo.equals("default")
                ? 0
                : jdbc.sql("SELECT id FROM category_option_combo WHERE code = :c")
                        .param("c", fx.code(combo))
                        .query(Long.class)
                        .single();
        return "v-" + itemId + "-" + comboId;
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.find("#" + id);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.ENTER);
    }

    private static void waitState(Browser browser, String id, String state) {
        try {
            // Read through script: htmx replaces the cell, so a held element reference may go stale mid-wait.
            browser.waitUntil(d -> state.equals(browser.script(
                    "var td = document.getElementById(arguments[0]); return td && td.dataset.state;", "td-" + id)));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("entry-failure");
            throw new AssertionError(
                    "Cell " + id + " not " + state + ": "
                            + browser.script("return document.getElementById(arguments[0]).outerHTML;", "td-" + id),
                    e);
        }
    }
}
