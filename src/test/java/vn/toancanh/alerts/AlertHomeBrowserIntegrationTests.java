package vn.toancanh.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.analytics.AnalyticsFixture;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.support.Axe;
import vn.toancanh.support.Browser;

/**
 * In a real Chromium: a leader has the IOC home open; a task that is already past its deadline arrives from the
 * e-office system; without reloading, the home's active-alerts card and the bell show the warning. The leader opens
 * it and takes it in hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AlertHomeBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AnalyticsService analytics;

    @Autowired
    DataValueService values;

    @Autowired
    UserAdminService users;

    @Test
    void anOverdueTaskTurnsIntoAWarningOnTheIocHome() {
        AnalyticsFixture f = new AnalyticsFixture(jdbc, values, analytics);
        String p = f.code("");
        TestHttp http = new TestHttp(port);
        TestUsers.ensure(users, jdbc, "ah.admin", Role.ADMIN, null);
        TestUsers.ensure(users, jdbc, "ah.leader", Role.LEADER, null);
        String admin = TestHttp.basic("ah.admin", TestUsers.PASSWORD);
        HttpResponse<String> rule = http.json("POST", "/api/alerts/rules", admin, """
                {"code":"%sNV","name":"Nhiệm vụ quá hạn","kind":"OVERDUE","severity":"CRITICAL","target":"TASKS",
                 "unit":"%s","eachChild":true,"threshold":0}""".formatted(p, f.code("D")));
        assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);

        try (Browser browser = Browser.open(port)) {
            browser.login("ah.leader", TestUsers.PASSWORD).go("/");
            browser.waitUntil(d -> "true"
                            .equals(d.findElement(By.cssSelector(".widget-alerts"))
                                    .getDomAttribute("data-loaded"))
                    ? true
                    : null);
            String title = "Nhiệm vụ quá hạn: 1 tại Phòng Thử";
            assertThat(browser.text(".widget-alerts")).doesNotContain(title);

            HttpResponse<String> task = http.json("POST", "/api/operations/tasks", admin, """
                    [{"code":"%sT1","title":"Kiểm tra hồ chứa trước mùa mưa","issuer":"UBND thành phố",
                      "leadUnit":"%s","deadline":"%s"}]""".formatted(
                            p, f.code("DEP"), OrganisationService.today().minusDays(2)));
            assertThat(task.statusCode()).as(task.body()).isEqualTo(200);

            // no reload: the server's nudge makes the card and the bell fetch again
            WebElement item =
                    browser.waitUntil(d -> d.findElements(By.cssSelector(".widget-alerts .alert-card-item")).stream()
                            .filter(e -> e.getText().contains(title))
                            .findFirst()
                            .orElse(null));
            assertThat(item.getText()).contains("Khẩn cấp", "Phòng Thử có 1 nhiệm vụ quá hạn");
            assertThat(item.getDomAttribute("data-severity")).isEqualTo("CRITICAL");
            browser.waitUntil(d -> d.findElement(By.id("alert-bell-count")).isDisplayed() ? true : null);
            assertThat(browser.find("#alert-bell-label").getDomProperty("textContent"))
                    .contains("chưa tiếp nhận");
            browser.screenshot("home-alert");

            browser.go(item.findElement(By.tagName("a")).getDomAttribute("href"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("/alerts/") ? true : null);
            assertThat(browser.text("h1")).contains(title);
            assertThat(browser.find("#alert-link").getDomAttribute("href"))
                    .isEqualTo("/operations/tasks?status=OVERDUE&unit=" + f.code("DEP"));
            browser.find("#alert-acknowledge").click();
            browser.waitUntil(d -> d.findElements(By.id("alert-done")).isEmpty() ? null : true);
            assertThat(browser.text("#alert-state")).isEqualTo("Đã tiếp nhận");
            assertThat(browser.text("#alert-facts")).contains("ah.leader");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
        }
    }
}
