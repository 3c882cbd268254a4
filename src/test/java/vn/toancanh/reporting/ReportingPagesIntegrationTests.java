package vn.toancanh.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;
import vn.toancanh.support.Browser;

/**
 * The periodic report in a browser, as its people use it: a commune officer fills the monthly report, types a value
 * that is not a number and is told so beside it, fixes it, submits; the finance–planning department returns it with a
 * reason; the officer corrects and sends it again; the department and a leader approve it; its values are locked, and
 * the completeness matrix counts it. Screenshots at desktop and phone widths.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportingPagesIntegrationTests {

    static final String FORM = "BC-KTXH-XA-THANG";
    static final String UNIT = "11590";
    static final String FIELD = "v:HC-VB-02-002:default";
    static final String SIGNED = "v:HC-VB-02-003:default";

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void users() {
        TestUsers.ensure(users, jdbc, "rp2.xa", Role.COMMUNE_OFFICER, UNIT);
        TestUsers.ensure(users, jdbc, "rp2.tckh", Role.DEPARTMENT_OFFICER, "312-TCKH");
        TestUsers.ensure(users, jdbc, "rp2.lead", Role.LEADER, null);
    }

    /** The latest period whose data has begun (the statistical month runs from the 15th): the matrix's last column. */
    static String latestPeriod() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Period p = Period.of(PeriodType.MONTHLY, today);
        return p.startDate().minusMonths(1).withDayOfMonth(15).isAfter(today)
                ? p.previous().id()
                : p.id();
    }

    @Test
    void aCommuneReportIsFilledReturnedCorrectedApprovedAndLocked() {
        String period = latestPeriod();
        String page = "/reporting/" + FORM + "/" + UNIT + "/" + period;
        try (Browser officer = Browser.open(port);
                Browser department = Browser.open(port);
                Browser leader = Browser.open(port)) {
            officer.login("rp2.xa", TestUsers.PASSWORD);
            int sentBefore = sent(officer, period);
            assertThat(rate(period)).hasValue(0); // expected of the commune, not sent
            assertThat(cell(officer, period).getText()).contains("Chưa làm");

            // a value that is not a number: nothing saved, the reason beside the field
            officer.go(page);
            officer.screenshot("reporting-report-empty");
            type(officer, FIELD, "một nghìn");
            click(officer, "#report-submit");
            officer.waitUntil(
                    d -> !d.findElements(By.cssSelector(".invalid-feedback")).isEmpty());
            assertThat(officer.find("[id='" + FIELD + "']").getAttribute("class"))
                    .contains("is-invalid");
            assertThat(officer.text(".alert-danger")).contains("Chưa lưu");
            assertThat(officer.find("[id='" + FIELD + "']").getAttribute("value"))
                    .isEqualTo("một nghìn");
            officer.screenshot("reporting-report-error");

            // a number, but more documents signed than sent: the rule's message, and the report is not sent
            type(officer, FIELD, "1.234");
            type(officer, SIGNED, "2.000");
            click(officer, "#report-submit");
            officer.waitUntil(d -> !d.findElements(By.id("submit-problems")).isEmpty());
            assertThat(officer.text("#submit-problems"))
                    .contains("Số văn bản đi được ký số không được lớn hơn tổng số văn bản đi");
            assertThat(officer.text("#report-checks")).contains("Lỗi:");
            assertThat(status(officer)).isEqualTo("DRAFT");
            officer.screenshot("reporting-report-rule");

            // fixed, in Vietnamese number format, and submitted
            type(officer, SIGNED, "1.000");
            click(officer, "#report-submit");
            officer.waitUntil(d -> status(officer).equals("SUBMITTED"));
            assertThat(officer.text(".alert-success")).isEqualTo("Đã gửi báo cáo.");
            assertThat(stored()).isEqualTo("1234");
            assertThat(officer.driver().findElements(By.cssSelector("input[name='" + FIELD + "']")))
                    .isEmpty();

            // the department returns it with a reason; without one it is asked for
            department.login("rp2.tckh", TestUsers.PASSWORD);
            department.go(page);
            click(department, "#report-return");
            department.waitUntil(d -> !d.findElements(By.id("reason-error")).isEmpty());
            assertThat(department.text("#reason-error")).contains("Nêu lý do");
            department.find("#reason").sendKeys("Số văn bản đi chưa khớp sổ theo dõi");
            click(department, "#report-return");
            department.waitUntil(d -> status(department).equals("RETURNED"));

            // the officer sees why, corrects and sends it again
            officer.go(page);
            assertThat(officer.text("#returned-reason")).isEqualTo("Số văn bản đi chưa khớp sổ theo dõi");
            type(officer, FIELD, "1.300");
            click(officer, "#report-submit");
            officer.waitUntil(d -> status(officer).equals("SUBMITTED"));

            // the department's step, then the district office's by a leader
            department.go(page);
            click(department, "#report-approve");
            department.waitUntil(d -> department.text("#report-status").equals("Chờ duyệt")
                    && department.driver().findElements(By.id("report-approve")).isEmpty());
            leader.login("rp2.lead", TestUsers.PASSWORD);
            leader.go(page);
            click(leader, "#report-approve");
            leader.waitUntil(d -> status(leader).equals("APPROVED"));
            leader.screenshot("reporting-report-approved");

            // locked for the officer; counted in the matrix
            officer.go(page);
            assertThat(officer.text("[id='" + FIELD + "']")).isEqualTo("1.300");
            assertThat(officer.driver().findElements(By.id("report-submit"))).isEmpty();
            assertThat(officer.text("main")).contains("số liệu đã khóa");
            List<String> history = officer.driver().findElements(By.cssSelector(".report-history li")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(history)
                    .hasSize(7); // started (by the rejected save), sent, returned, edited, sent, approved twice
            assertThat(history.get(2)).contains("Trả lại", "rp2.tckh", "Số văn bản đi chưa khớp sổ theo dõi");
            assertThat(stored()).isEqualTo("1300");
            assertThat(cell(officer, period).getText()).contains("Đã duyệt");
            assertThat(sent(officer, period)).isEqualTo(sentBefore + 1);
            // and the reporting-rate figure dashboards read follows (after commit, within moments)
            officer.waitUntil(d -> rate(period).orElse(-1) == 100);
            officer.screenshot("reporting-matrix");
            officer.size(Browser.PHONE).go(page);
            officer.screenshot("reporting-report-phone");
        }
    }

    @Test
    void anAdminBuildsAFormInTheEditorAndItsMistakesAreShownBesideTheFields() {
        TestUsers.ensure(users, jdbc, "rp2.admin", Role.ADMIN, null);
        try (Browser admin = Browser.open(port)) {
            admin.login("rp2.admin", TestUsers.PASSWORD);
            admin.go("/reporting");
            click(admin, "#form-new");
            admin.waitUntil(d -> d.getCurrentUrl().endsWith("/reporting/admin/forms/new"));
            admin.find("#code").sendKeys("BC-VANTHU-THANG");
            admin.find("#name").sendKeys("Báo cáo công tác văn thư hằng tháng");
            admin.find("#units").sendKeys("11584\n11587");
            admin.find("#steps").sendKeys("312-VP | Văn phòng tổng hợp");
            admin.find("#sections").sendKeys("# Văn bản đi\nHC-VB-02-002\nKHONG-CO-MA");
            click(admin, "#form-save");
            admin.waitUntil(
                    d -> !d.findElements(By.cssSelector("#sections.is-invalid")).isEmpty());
            assertThat(admin.text("#sections ~ .invalid-feedback")).contains("Không có chỉ tiêu mã KHONG-CO-MA");
            assertThat(admin.find("#code").getAttribute("value")).isEqualTo("BC-VANTHU-THANG");
            admin.screenshot("reporting-form-error");

            WebElement sections = admin.find("#sections");
            sections.clear();
            sections.sendKeys("# Văn bản đi\nHC-VB-02-002\nHC-VB-02-003");
            click(admin, "#form-save");
            admin.waitUntil(d -> d.getCurrentUrl().endsWith("/reporting/BC-VANTHU-THANG"));
            assertThat(admin.text("h1")).isEqualTo("Báo cáo công tác văn thư hằng tháng");
            assertThat(admin.driver().findElements(By.cssSelector("tbody tr"))).hasSize(2);

            // a section more: version 2, the editor shows it back
            admin.go("/reporting/admin/forms/BC-VANTHU-THANG/edit");
            admin.find("#sections").sendKeys("\n# Văn bản đến\nHC-VB-01-001");
            click(admin, "#form-save");
            admin.waitUntil(d -> d.getCurrentUrl().endsWith("/reporting/BC-VANTHU-THANG"));
            admin.go("/reporting/admin/forms/BC-VANTHU-THANG/edit");
            assertThat(admin.find("#sections").getAttribute("value"))
                    .isEqualTo("# Văn bản đi\nHC-VB-02-002\nHC-VB-02-003\n# Văn bản đến\nHC-VB-01-001");
            assertThat(admin.find("#code").getAttribute("readonly")).isNotNull();
            admin.screenshot("reporting-form");
        }
        assertThat(jdbc.sql("SELECT current_version FROM report_form WHERE code = 'BC-VANTHU-THANG'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    /** Clicks a button after scrolling it to the middle of the window at once (Bootstrap scrolls smoothly). */
    private static void click(Browser browser, String css) {
        WebElement button = browser.find(css);
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
        button.click();
    }

    private static void type(Browser browser, String field, String value) {
        WebElement input = browser.find("[id='" + field + "']");
        input.clear();
        input.sendKeys(value);
    }

    private static String status(Browser browser) {
        return browser.find("#report-status").getAttribute("data-status");
    }

    private static WebElement cell(Browser browser, String period) {
        browser.go("/reporting/" + FORM);
        return browser.find("td[data-unit='" + UNIT + "'][data-period='" + period + "']");
    }

    /** The matrix's "sent" count for the period. */
    private static int sent(Browser browser, String period) {
        browser.go("/reporting/" + FORM);
        return Integer.parseInt(String.valueOf(browser.script("return document.querySelector(\"tfoot td[data-period='"
                + period + "'] .report-sent\")" + ".dataset.sent")));
    }

    @Autowired
    AnalyticsService analytics;

    /** The commune's reporting rate for the form and period, as analytics answers it. */
    private OptionalDouble rate(String period) {
        String item = FORM + "-TLGUI";
        return analytics
                .query(AnalyticsRequest.of("dx:" + item, "ou:" + UNIT).withFilters("pe:" + period))
                .value(item, UNIT);
    }

    private String stored() {
        return jdbc.sql("""
                        SELECT v.value FROM data_value v JOIN data_item i ON i.id = v.item_id
                          JOIN org_unit u ON u.id = v.unit_id JOIN period p ON p.id = v.period_id
                         WHERE i.code = 'HC-VB-02-002' AND u.code = :u AND p.iso = :p AND v.option_combo_id = 0""")
                .param("u", UNIT)
                .param("p", latestPeriod())
                .query(String.class)
                .optional()
                .orElse("");
    }
}
