package vn.toancanh.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.analytics.AnalyticsFixture;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.feedback.internal.FeedbackItems;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;
import vn.toancanh.support.Axe;
import vn.toancanh.support.Browser;

/**
 * The officers' side of feedback on a small fixture: a request assigned to one commune, worked there to an answer and
 * closed by a leader, with every refusal on the way (another commune, a missing reply, an officer closing, a step that
 * no longer applies); the list's words and filters; the figures in Excel; and the detail page in a browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackOfficerIntegrationTests {

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

    @Autowired
    FeedbackService feedback;

    @Autowired
    JsonMapper json;

    @Autowired
    CatalogService catalog;

    @Autowired
    FeedbackItems items;

    AnalyticsFixture f;
    TestHttp http;
    String admin;
    String lead;
    String xa1;
    String xa2;
    String category;

    @BeforeAll
    void setUp() {
        f = new AnalyticsFixture(jdbc, values, analytics);
        http = new TestHttp(port);
        TestUsers.ensure(users, jdbc, "fbo.admin", Role.ADMIN, null);
        TestUsers.ensure(users, jdbc, "fbo.lead", Role.LEADER, null);
        TestUsers.ensure(users, jdbc, "fbo.xa1." + f.code(""), Role.COMMUNE_OFFICER, f.code("C1"));
        TestUsers.ensure(users, jdbc, "fbo.xa2." + f.code(""), Role.COMMUNE_OFFICER, f.code("C2"));
        admin = TestHttp.basic("fbo.admin", TestUsers.PASSWORD);
        lead = TestHttp.basic("fbo.lead", TestUsers.PASSWORD);
        xa1 = TestHttp.basic("fbo.xa1." + f.code(""), TestUsers.PASSWORD);
        xa2 = TestHttp.basic("fbo.xa2." + f.code(""), TestUsers.PASSWORD);
        // Category codes are capitals, digits and hyphens; the fixture prefix ends in an underscore.
        category = f.code("CAT").replace('_', '-');
        feedback.saveCategory(new CategoryView(
                0, category, "Chiếu sáng " + category, null, null, null, 72, null, null, true, List.of()));
    }

    /** A request of the test's category received now at an address (no pin), with the citizen's contact. */
    FeedbackService.Submitted received(String description, String address) {
        return feedback.submit(new FeedbackSubmission(
                category,
                description,
                null,
                null,
                address,
                null,
                null,
                "Nguyễn Văn A",
                "0912345678",
                null,
                null,
                null,
                Map.of(),
                FeedbackChannel.WEB,
                null));
    }

    /** A request received now, unassigned, given to commune 1 by the admin through the API. */
    String requestInCommune1(String description) {
        var submitted = received(description, "Đường số 5, " + f.code(""));
        HttpResponse<String> r = http.json(
                "POST",
                "/api/feedback/" + submitted.code() + "/assign",
                admin,
                "{\"unit\":\"" + f.code("C1") + "\",\"note\":\"Xã xử lý\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return submitted.code();
    }

    @Test
    void aCommuneWorksItsRequestToAnAnswerAndOnlyALeaderClosesIt() {
        String code = requestInCommune1("Đèn đường hỏng trước trường học");
        String path = "/api/feedback/" + code;

        assertThat(http.json("GET", path, xa2, null).statusCode()).isEqualTo(404);
        assertThat(http.json("POST", path + "/start", xa2, "{}").statusCode()).isIn(403, 404);
        assertThat(http.json("POST", path + "/start", xa1, "{}").statusCode()).isEqualTo(200);

        HttpResponse<String> noReply = http.json("POST", path + "/resolve", xa1, "{\"reply\":\"  \"}");
        assertThat(noReply.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(noReply.body());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("reply");
        assertThat(problem.get("title").asString()).isEqualTo("Dữ liệu không hợp lệ");

        assertThat(http.json("POST", path + "/notes", xa1, "{\"note\":\"Đã báo điện lực\"}")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> resolved =
                http.json("POST", path + "/resolve", xa1, "{\"reply\":\"Đã thay bóng đèn ngày hôm nay\"}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        assertThat(json.readTree(resolved.body()).get("status").asString()).isEqualTo("RESOLVED");

        assertThat(http.json("POST", path + "/close", xa1, "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> again = http.json("POST", path + "/start", xa1, "{}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json.readTree(again.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("status");
        assertThat(http.json("POST", path + "/close", lead, "{}").statusCode()).isEqualTo(200);

        JsonNode view = json.readTree(http.json("GET", path, xa1, null).body());
        assertThat(view.get("status").asString()).isEqualTo("CLOSED");
        assertThat(view.get("events").findValuesAsString("kind"))
                .containsSubsequence("RECEIVED", "ASSIGNED", "STARTED", "NOTE", "RESOLVED", "CLOSED");
    }

    @Test
    void theListFindsWordsWithoutDiacriticsAndFilters() {
        String code = requestInCommune1("Cây đổ chắn lối đi " + f.code(""));
        String other = requestInCommune1("Rác thải ven kênh");
        HttpResponse<String> page = http.page("/feedback?q=cay+do+chan&category=" + category, xa1);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-code=\"" + code + "\"").doesNotContain("data-code=\"" + other + "\"");
        assertThat(http.page("/feedback?q=cay+do+chan", xa2).body()).doesNotContain(code);

        jdbc.sql("UPDATE feedback_request SET due_at = now() - interval '1 hour' WHERE code = :c")
                .param("c", other)
                .update();
        String overdue = http.page("/feedback?timeliness=OVERDUE&unit=" + f.code("C1"), xa1)
                .body();
        assertThat(overdue).contains("data-code=\"" + other + "\"").doesNotContain("data-code=\"" + code + "\"");

        // the figure of requests received: its records link lists the month's requests of the unit
        String month =
                Period.of(PeriodType.MONTHLY, OrganisationService.today()).id();
        items.refresh(Map.of(f.c1, Set.of(month)));
        String link = catalog.getItemByCode(FeedbackItems.RECEIVED).sourceLink();
        assertThat(link).isEqualTo("/feedback?unit={unit}&period={period}");
        String received = http.page(link.replace("{unit}", f.code("C1")).replace("{period}", month), xa1)
                .body();
        assertThat(received).contains("data-code=\"" + code + "\"", "data-code=\"" + other + "\"");
        String lastMonth = Period.parse(month).orElseThrow().previous().id();
        assertThat(http.page("/feedback?unit=" + f.code("C1") + "&period=" + lastMonth, xa1)
                        .body())
                .doesNotContain("data-code=\"" + code + "\"");
        assertThat(http.page("/feedback?period=thang-13", xa1).body())
                .contains("id=\"period-error\"", "Không có kỳ thang-13");
        HttpResponse<String> badPeriod = http.json("GET", "/api/feedback?period=thang-13", xa1, null);
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(badPeriod.body()).contains("\"period\"", "Không có kỳ thang-13");

        HttpResponse<String> badDate = http.page("/feedback?from=31/02/2026", xa1);
        assertThat(badDate.body()).contains("id=\"from-error\"").contains("Ngày không hợp lệ");
        HttpResponse<String> api = http.json("GET", "/api/feedback?to=2026-01-01", xa1, null);
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(json.readTree(api.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("to");
    }

    @Test
    void theFiguresWorkbookCountsTheCommunesRequests() throws Exception {
        requestInCommune1("Ổ gà trên đường liên xã");
        HttpResponse<byte[]> file = http.bytes("/feedback/figures.xlsx", xa1);
        assertThat(file.statusCode()).isEqualTo(200);
        long expected = jdbc.sql("SELECT count(*) FROM feedback_request r JOIN org_unit u ON u.id = r.unit_id"
                        + " WHERE u.code = :u AND r.received_at >= date_trunc('month', now() AT TIME ZONE"
                        + " 'Asia/Ho_Chi_Minh') AT TIME ZONE 'Asia/Ho_Chi_Minh'")
                .param("u", f.code("C1"))
                .query(Long.class)
                .single();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet byUnit = book.getSheet("Theo đơn vị");
            assertThat(byUnit.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Tiếp nhận");
            Row commune = null;
            for (Row row : byUnit) {
                if (row.getCell(0) != null && "Xã Một".equals(row.getCell(0).getStringCellValue())) {
                    commune = row;
                }
            }
            assertThat(commune).isNotNull();
            assertThat((long) commune.getCell(1).getNumericCellValue()).isEqualTo(expected);
            assertThat(book.getSheet("Theo lĩnh vực")).isNotNull();
        }
    }

    @Test
    void aRequestPastItsDeadlineCountsInTheCatalogFigureAndRaisesTheOverdueAlert() {
        var submitted = received("Rác thải đổ trộm bên bờ mương", "Xóm Trại, " + f.code(""));
        HttpResponse<String> assigned = http.json(
                "POST", "/api/feedback/" + submitted.code() + "/assign", admin, "{\"unit\":\"" + f.code("C2") + "\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        jdbc.sql("UPDATE feedback_request SET due_at = now() - interval '1 hour' WHERE code = :c")
                .param("c", submitted.code())
                .update();
        // what the hourly count of the month under way does when deadlines pass without any change
        String month =
                Period.of(PeriodType.MONTHLY, OrganisationService.today()).id();
        items.refresh(Map.of(f.c2, Set.of(month)));
        analytics.awaitCurrent();
        assertThat(jdbc.sql("""
                        SELECT v.value FROM data_value v JOIN data_item i ON i.id = v.item_id
                         JOIN period p ON p.id = v.period_id
                         WHERE i.code = :i AND v.unit_id = :u AND p.iso = :p""")
                        .param("i", FeedbackItems.OVERDUE)
                        .param("u", f.c2)
                        .param("p", month)
                        .query(String.class)
                        .single())
                .isEqualTo("1");

        String rule = f.code("PAQH");
        HttpResponse<String> created = http.json("POST", "/api/alerts/rules", admin, """
                {"code":"%s","name":"Phản ánh quá hạn (thử)","kind":"OVERDUE","severity":"WARNING","target":"FEEDBACK",
                 "unit":"%s","eachChild":false,"threshold":0}""".formatted(rule, f.code("C2")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(http.json("POST", "/api/alerts/rules/" + rule + "/evaluate", admin, "")
                        .statusCode())
                .isEqualTo(200);
        JsonNode alerts = json.readTree(
                        http.json("GET", "/api/alerts?q=" + rule, admin, null).body())
                .get("items");
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("title").asString()).isEqualTo("Phản ánh quá hạn: 1 tại Xã Hai");
        assertThat(alerts.get(0).get("link").asString()).isEqualTo("/feedback?timeliness=OVERDUE&unit=" + f.code("C2"));
    }

    @Test
    void whileNobodyHasARequestTheCommuneItFallsInMayTakeItFromItsPage() {
        var submitted = received("Cây đổ chắn ngang đường liên thôn", "Thôn Đông, " + f.code(""));
        // the pin fell in commune 1 (the fixture's communes have no boundaries to locate it by)
        jdbc.sql("UPDATE feedback_request SET area_unit_id = (SELECT id FROM org_unit WHERE code = :c) WHERE code = :r")
                .param("c", f.code("C1"))
                .param("r", submitted.code())
                .update();
        String page = "/feedback/" + submitted.code();

        HttpResponse<String> own = http.page(page, xa1);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("id=\"fb-actions\"", "id=\"fb-assign-form\"");
        assertThat(http.page(page, xa2).statusCode()).isEqualTo(404);

        HttpResponse<String> taken = http.json(
                "POST", "/api/feedback/" + submitted.code() + "/assign", xa1, "{\"unit\":\"" + f.code("C1") + "\"}");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        assertThat(json.readTree(taken.body()).get("status").asString()).isEqualTo("ASSIGNED");
    }

    @Test
    void anOfficerAnswersFromTheRequestPage() {
        String code = requestInCommune1("Cống thoát nước bị tắc");
        try (Browser b = Browser.open(port)) {
            b.login("fbo.xa1." + f.code(""), TestUsers.PASSWORD);
            b.go("/feedback");
            assertThat(Axe.seriousViolations(b)).isEmpty();
            b.screenshot("feedback-list");
            b.go("/feedback/" + code);
            assertThat(Axe.seriousViolations(b)).isEmpty();
            b.find("#fb-resolve").click();
            b.waitUntil(d -> !d.findElements(By.id("reply-error")).isEmpty());
            assertThat(b.text("#reply-error")).contains("trả lời");
            b.find("#reply").sendKeys("Đã thông cống, cảm ơn ông.");
            b.find("#fb-resolve").click();
            b.waitUntil(d -> !d.findElements(By.id("fb-done")).isEmpty());
            assertThat(b.text("#fb-status")).contains("Đã xử lý");
            b.screenshot("feedback-request");
            b.go("/feedback/figures");
            assertThat(Axe.seriousViolations(b)).isEmpty();
            b.screenshot("feedback-figures");
        }
    }
}
