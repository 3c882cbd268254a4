package vn.toancanh.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.support.Browser;

/**
 * The template editor in a real Chromium: an admin adds a table and a chart block with the page's buttons, moves and
 * removes blocks (the fields are renumbered, so a mistake comes back beside the block it belongs to), saves, and a
 * leader generates the report from the list and finds it in the library.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportTemplatePagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportTemplates templates;

    @Test
    void anAdminBuildsATemplateWithTheEditorAndALeaderGeneratesIt() {
        TestUsers.ensure(users, jdbc, "tp.admin", Role.ADMIN, null);
        TestUsers.ensure(users, jdbc, "tp.lead", Role.LEADER, null);
        try (Browser admin = Browser.open(port);
                Browser leader = Browser.open(port)) {
            admin.login("tp.admin", TestUsers.PASSWORD).go("/reports/templates/new");
            admin.find("#code").sendKeys("BC-THU-NGAN-SACH");
            admin.find("#name").sendKeys("Báo cáo thu ngân sách");
            admin.find("#unitCode").sendKeys("312");
            admin.find("#scheduleDay").sendKeys("20");
            admin.find("#subscribers").sendKeys("vanphong@huyen.example.vn");
            admin.find("#b0-text").sendKeys("Thu ngân sách {{ky}} đạt {{KT-TCKH-01-001}} triệu đồng.");

            click(admin, "#block-add-table");
            List<WebElement> blocks = blocks(admin);
            assertThat(blocks).hasSize(2);
            WebElement table = blocks.get(1);
            assertThat(table.getAttribute("data-kind")).isEqualTo("TABLE");
            assertThat(table.findElement(By.cssSelector("textarea")).isDisplayed())
                    .isFalse();
            assertThat(table.findElement(By.cssSelector("[name='blocks[1].items']"))
                            .isDisplayed())
                    .isTrue();
            table.findElement(By.cssSelector("[name='blocks[1].heading']")).sendKeys("Bảng 1. Thu, chi ngân sách");
            table.findElement(By.cssSelector("[name='blocks[1].items']")).sendKeys("KT-TCKH-01-001, KHONG-CO-MA");

            click(admin, "#block-add-chart");
            assertThat(blocks(admin)).hasSize(3);
            assertThat(blocks(admin)
                            .get(2)
                            .findElement(By.cssSelector("[name='blocks[2].periods']"))
                            .isDisplayed())
                    .isTrue();
            admin.script(
                    "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'}); arguments[0].click();",
                    blocks(admin).get(2).findElement(By.cssSelector(".block-remove")));
            assertThat(blocks(admin)).hasSize(2);
            // the table moves above the paragraph: its fields become block 0
            admin.script(
                    "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'}); arguments[0].click();",
                    blocks(admin).get(1).findElement(By.cssSelector(".block-up")));
            assertThat(blocks(admin).get(0).getAttribute("data-kind")).isEqualTo("TABLE");
            assertThat(admin.find("[name='blocks[0].items']").getAttribute("value"))
                    .contains("KHONG-CO-MA");
            admin.screenshot("report-template-editor");

            click(admin, "#template-save");
            admin.waitUntil(d -> !d.findElements(By.id("template-errors")).isEmpty());
            WebElement items = admin.find("[name='blocks[0].items']");
            assertThat(items.getAttribute("class")).contains("is-invalid");
            assertThat(items.findElement(By.xpath("following-sibling::div[contains(@class,'invalid-feedback')]"))
                            .getText())
                    .isEqualTo("Không có chỉ tiêu: KHONG-CO-MA");
            assertThat(admin.find("#name").getAttribute("value")).isEqualTo("Báo cáo thu ngân sách");
            items.clear();
            items.sendKeys("KT-TCKH-01-001, KT-TCKH-02-001");
            click(admin, "#template-save");
            admin.waitUntil(d -> !d.findElements(By.id("template-saved")).isEmpty());
            assertThat(admin.text("[data-template='BC-THU-NGAN-SACH']"))
                    .contains("Báo cáo thu ngân sách", "Hằng tháng", "2 khối", "Tự động tạo ngày 20", "1 người nhận");
            ReportTemplateView saved = templates.template("BC-THU-NGAN-SACH");
            assertThat(saved.blocks())
                    .extracting(TemplateBlock::kind)
                    .containsExactly(TemplateBlock.Kind.TABLE, TemplateBlock.Kind.TEXT);
            assertThat(saved.subscribers()).containsExactly("vanphong@huyen.example.vn");

            leader.login("tp.lead", TestUsers.PASSWORD).go("/reports/templates");
            click(leader, "#generate-BC-THU-NGAN-SACH");
            leader.waitUntil(d -> !d.findElements(By.id("entry-generated")).isEmpty());
            assertThat(leader.text("h1")).startsWith("Báo cáo thu ngân sách – Tháng ");
            assertThat(leader.text("#entry-sending")).isEqualTo("Chưa gửi");
            assertThat(leader.find("#entry-pdf").getAttribute("href")).endsWith(".pdf");
            leader.screenshot("report-library-entry");
            leader.go("/reports/library?q=thu%20ngan%20sach");
            assertThat(leader.driver().findElements(By.cssSelector("#library-table tbody tr")))
                    .hasSize(1);
            leader.screenshot("report-library");
            leader.size(Browser.PHONE).go("/reports/library");
            leader.screenshot("report-library-phone");
        }
    }

    private static List<WebElement> blocks(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#blocks .template-block"));
    }

    /** Clicks a button after scrolling it to the middle of the window at once (Bootstrap scrolls smoothly). */
    private static void click(Browser browser, String css) {
        WebElement button = browser.find(css);
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
        button.click();
    }
}
