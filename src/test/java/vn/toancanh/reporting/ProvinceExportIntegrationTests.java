package vn.toancanh.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.reporting.internal.ReportClock;
import vn.toancanh.shared.Period;

/**
 * The province pulls the reports units have sent with a token scoped to that and nothing else: the list of a form's
 * sent reports for a period, each as JSON with machine numbers and as Excel in the form's layout; drafts stay hidden;
 * the same token opens no other endpoint; only leaders and admins may make such a token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceExportIntegrationTests {

    static final String FORM = ReportingApiIntegrationTests.FORM;
    static final Pattern TOKEN = Pattern.compile("tc_[A-Za-z0-9_-]{40}");

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ReportingService reporting;

    TestHttp http;
    String token;

    @BeforeAll
    void setUp() {
        http = new TestHttp(port);
        TestUsers.ensure(users, jdbc, "pv.lead", Role.LEADER, null);
        TestUsers.ensure(users, jdbc, "pv.xa", Role.COMMUNE_OFFICER, "11584");
        TestUsers.ensure(users, jdbc, "pv.xa2", Role.COMMUNE_OFFICER, "11596");
        // a commune fills and sends its report of February 2024
        String auth = TestHttp.basic("pv.xa2", TestUsers.PASSWORD);
        HttpResponse<String> written = http.json("POST", "/api/dataValueSets", auth, """
                {"dataValues":[{"dataElement":"HC-VB-02-002","period":"202402","orgUnit":"11596","value":"1234"},
                               {"dataElement":"HC-VB-02-003","period":"202402","orgUnit":"11596","value":"1000"}]}""");
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        HttpResponse<String> sent = http.json(
                "POST", "/api/reports/" + FORM + "/11596/202402/submit", auth, "{\"comment\":\"Gửi để tỉnh lấy\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        HttpResponse<String> page = http.form(
                "/account/tokens",
                TestHttp.basic("pv.lead", TestUsers.PASSWORD),
                Map.of("name", "Hệ thống báo cáo tỉnh", "days", "30", "scope", "PROVINCE_REPORTS"));
        Matcher m = TOKEN.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        token = m.group();
        assertThat(page.body()).contains("PROVINCE_REPORTS");
    }

    @Test
    void theProvincePullsSentReportsAsJsonAndExcel() throws Exception {
        String period = "202402";
        HttpResponse<String> list = call("/api/province/reports?form=" + FORM + "&period=" + period);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonNode first = null;
        for (JsonNode r : json.readTree(list.body())) {
            assertThat(r.get("status").asString()).isIn("SUBMITTED", "APPROVED");
            if (r.get("unit").asString().equals("11596")) {
                first = r;
            }
        }
        assertThat(first).as(list.body()).isNotNull();
        HttpResponse<String> one = call(first.get("json").asString());
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        JsonNode doc = json.readTree(one.body());
        assertThat(doc.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(doc.get("submittedBy").asString()).isEqualTo("pv.xa2");
        assertThat(doc.get("form").asString()).isEqualTo(FORM);
        assertThat(doc.get("unitName").asString())
                .isEqualTo(first.get("unitName").asString());
        assertThat(doc.get("periodLabel").asString())
                .isEqualTo(Period.require(period, "p").labelVi());
        assertThat(doc.get("sections").size())
                .isEqualTo(reporting.form(FORM).sections().size());
        // machine numbers: no grouping, a point for decimals
        assertThat(value(doc, "HC-VB-02-002")).isEqualTo("1234");
        assertThat(value(doc, "HC-VB-02-003")).isEqualTo("1000");

        HttpResponse<byte[]> excel = http.bytes(first.get("excel").asString(), TestHttp.bearer(token));
        assertThat(excel.statusCode()).isEqualTo(200);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(excel.body()))) {
            assertThat(book.getSheet("Báo cáo").getRow(0).getCell(0).getStringCellValue())
                    .contains(FORM, first.get("unit").asString(), period);
        }
    }

    @Test
    void draftsStayHiddenAndTheTokenOpensNothingElse() {
        Period future = reporting
                .form(FORM)
                .latestBegun(LocalDate.now(ReportClock.ZONE))
                .next()
                .next();
        HttpResponse<String> draft = call("/api/province/reports/" + FORM + "/11584/" + future.id());
        assertThat(draft.statusCode()).isIn(400, 404);
        assertThat(draft.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        HttpResponse<String> other = call("/api/reports?form=" + FORM + "&period=" + future.id());
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("/api/province/");
        assertThat(call("/api/analytics?dimension=dx:X&filter=pe:2024&filter=ou:312")
                        .statusCode())
                .isEqualTo(403);

        // an officer may not make a province token
        HttpResponse<String> refused = http.form(
                "/account/tokens",
                TestHttp.basic("pv.xa", TestUsers.PASSWORD),
                Map.of("name", "Tỉnh", "days", "30", "scope", "PROVINCE_REPORTS"));
        assertThat(refused.body()).contains("Chỉ lãnh đạo và quản trị viên được tạo mã cho hệ thống của tỉnh");
        assertThat(TOKEN.matcher(refused.body()).find()).isFalse();
        // nor read the province endpoints with their own rights
        assertThat(http.json(
                                "GET",
                                "/api/province/reports?form=" + FORM + "&period=202401",
                                TestHttp.basic("pv.xa", TestUsers.PASSWORD),
                                null)
                        .statusCode())
                .isEqualTo(403);
    }

    private static String value(JsonNode doc, String item) {
        for (JsonNode section : doc.get("sections")) {
            for (JsonNode v : section.get("values")) {
                if (v.get("item").asString().equals(item)) {
                    return v.get("value").asString();
                }
            }
        }
        throw new AssertionError(item + " not in the report");
    }

    private HttpResponse<String> call(String path) {
        return http.json("GET", path, TestHttp.bearer(token), null);
    }
}
