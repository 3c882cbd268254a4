package vn.toancanh.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;

/**
 * Pulling values from a DHIS2 instance (a fake one on 127.0.0.1 that checks what we send): all or nothing, a dry
 * run, clear errors for refused credentials and web pages, credentials kept out of logs and the audit, admins only;
 * and the admins' form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class Dhis2ImportIntegrationTests {

    static final String TOKEN = "d2pat_5xVA12xyUbWNedQxy4ohH77WlxRGVvZZ1151814092";
    static final String PASSWORD = "Dhis2-Secret-pw-7781";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdminService users;

    TestHttp http;
    String admin;
    ExchangeFixture f;
    FakeDhis2 dhis2;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
        TestUsers.ensure(users, jdbc, "dhis2.admin", Role.ADMIN, null);
        admin = TestHttp.basic("dhis2.admin", TestUsers.PASSWORD);
        f = new ExchangeFixture(jdbc);
        dhis2 = new FakeDhis2();
        dhis2.expectedAuthorization = "ApiToken " + TOKEN;
    }

    @AfterEach
    void stop() {
        dhis2.close();
    }

    @Test
    void importsExactlyTheValuesDhis2SentAndTellsItHowToAsk() {
        dhis2.answer = FakeDhis2.Answer.json(valueSet(
                row(
                        "A1",
                        "C1",
                        "10",
                        "\"categoryOptionCombo\":\"HllvX50cXC0\",\"attributeOptionCombo\":\"HllvX50cXC0\""),
                row("A1", "C2", "20.5", "\"comment\":\"Số liệu xã\",\"storedBy\":\"nguyenvana\""),
                row("B1", "C1", "30", "\"lastUpdated\":\"2026-11-30T10:00:00.000\",\"followup\":false")));

        HttpResponse<String> response = pull(request(f.code("P"), "202611", null));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"status\":\"SUCCESS\"")
                .contains("\"received\":3")
                .contains("\"imported\":3")
                .contains("\"remoteHost\":\"" + dhis2.host() + "\"");
        FakeDhis2.Request asked = dhis2.last();
        assertThat(asked.path()).isEqualTo("/dhis/api/dataValueSets.json");
        assertThat(asked.authorization()).isEqualTo("ApiToken " + TOKEN);
        assertThat(asked.one("dataSet")).isEqualTo("DS_TONG_HOP");
        assertThat(asked.all("period")).containsExactly("202611");
        assertThat(asked.one("orgUnit")).isEqualTo(f.code("P"));
        assertThat(asked.one("children")).isEqualTo("true");
        assertThat(asked.one("idScheme")).isEqualTo("CODE");
        assertThat(stored())
                .containsExactlyInAnyOrder(
                        f.code("A1") + "|" + f.code("C1") + "|202611|10|DHIS2",
                        f.code("A1") + "|" + f.code("C2") + "|202611|20.5|DHIS2",
                        f.code("B1") + "|" + f.code("C1") + "|202611|30|DHIS2");
        HttpResponse<String> readBack = http.json(
                "GET",
                "/api/dataValueSets?dataElement=" + f.code("A1") + "&orgUnit=" + f.code("C2") + "&period=202611",
                admin,
                null);
        assertThat(readBack.body()).contains("20.5").contains("Số liệu xã");
        assertThat(audit())
                .anySatisfy(a -> assertThat(a)
                        .contains("IMPORT|dhis2_import|" + dhis2.host())
                        .contains("imported=3"));
    }

    @Test
    void severalPeriodsAndBasicAuthAreSentAsDhis2ExpectsThem() {
        dhis2.expectedAuthorization = TestHttp.basic("dhis2user", PASSWORD);
        dhis2.answer = FakeDhis2.Answer.json(valueSet(row("A1", "C1", "5", "")));
        HttpResponse<String> response = pull("""
                {"baseUrl":"%s/api/","username":"dhis2user","password":"%s","dataElementGroup":"DEG 1",
                 "periods":["202610","202611"],"orgUnit":"%s","children":false}""".formatted(dhis2.baseUrl(), PASSWORD, f.code("C1")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(dhis2.last().one("dataElementGroup")).isEqualTo("DEG 1");
        assertThat(dhis2.last().all("period")).containsExactly("202610", "202611");
        assertThat(dhis2.last().one("children")).isEqualTo("false");
    }

    @Test
    void oneBadRowWritesNothingAndEveryBadRowIsReported() {
        dhis2.answer = FakeDhis2.Answer.json(valueSet(
                row("A1", "C1", "10", ""),
                "{\"dataElement\":\"KHONG_CO\",\"period\":\"202611\",\"orgUnit\":\"" + f.code("C1")
                        + "\",\"value\":\"1\"}",
                row("B1", "C1", "mười", ""),
                row("B1", "C2", "4", "\"attributeOptionCombo\":\"AOC_NGUON_A\"")));
        int before = valueCount();

        HttpResponse<String> response = pull(request(f.code("P"), "202611", null));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(response.body())
                .contains("\"status\":\"ERROR\"")
                .contains("\"row\":2,\"field\":\"dataElement\",\"object\":\"KHONG_CO\"")
                .contains("\"row\":3,\"field\":\"value\"")
                .contains("\"row\":4,\"field\":\"attributeOptionCombo\",\"object\":\"AOC_NGUON_A\"")
                .doesNotContain("\"row\":1,");
        assertThat(valueCount()).isEqualTo(before);
    }

    @Test
    void aDryRunCountsAndWritesNothing() {
        dhis2.answer = FakeDhis2.Answer.json(valueSet(row("A1", "C1", "10", ""), row("A1", "C2", "11", "")));
        int before = valueCount();

        HttpResponse<String> response = pull(request(f.code("P"), "202611", true));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"dryRun\":true").contains("\"imported\":2");
        assertThat(valueCount()).isEqualTo(before);
        assertThat(audit()).anySatisfy(a -> assertThat(a).contains("IMPORT_DRY_RUN|dhis2_import|" + dhis2.host()));
    }

    @Test
    void refusedCredentialsAWebPageAndNothingAtAllAreClearErrors() {
        dhis2.expectedAuthorization = "ApiToken d2pat_someoneelse0000000000";
        HttpResponse<String> refused = pull(request(f.code("P"), "202611", null));
        assertThat(refused.statusCode()).isEqualTo(502);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(refused.body())
                .contains("urn:toancanh:problem:remote-system")
                .contains("\"field\":\"token\"")
                .contains("DHIS2 từ chối tài khoản (HTTP 401)");

        dhis2.expectedAuthorization = "ApiToken " + TOKEN;
        dhis2.answer =
                new FakeDhis2.Answer(200, "text/html;charset=UTF-8", "<!DOCTYPE html><html>Đăng nhập</html>", null);
        HttpResponse<String> page = pull(request(f.code("P"), "202611", null));
        assertThat(page.statusCode()).isEqualTo(502);
        assertThat(page.body()).contains("trả về một trang web").contains("\"field\":\"baseUrl\"");

        dhis2.answer = FakeDhis2.Answer.json("{\"dataValues\":[]}");
        HttpResponse<String> empty = pull(request(f.code("P"), "202611", null));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("không có giá trị nào");

        dhis2.answer = new FakeDhis2.Answer(302, "text/html", "", "http://localhost:1/dhis/api/dataValueSets.json");
        HttpResponse<String> elsewhere = pull(request(f.code("P"), "202611", null));
        assertThat(elsewhere.statusCode()).isEqualTo(502);
        assertThat(elsewhere.body()).contains("chuyển hướng sang localhost");
        assertThat(dhis2.requests).hasSize(4);
    }

    @Test
    void anUnreachableHostAndBadInputAreExplainedByField() {
        HttpResponse<String> unreachable = pull("""
                {"baseUrl":"http://127.0.0.1:1","token":"%s","dataSet":"DS","periods":["2026"],"orgUnit":"OU"}""".formatted(TOKEN));
        assertThat(unreachable.statusCode()).isEqualTo(502);
        assertThat(unreachable.body()).contains("Không kết nối được tới 127.0.0.1:1");

        HttpResponse<String> invalid = pull("""
                {"baseUrl":"ftp://user:pw@example.vn","periods":["2026M13"],"idScheme":"UID"}""");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body())
                .contains("urn:toancanh:problem:invalid-input")
                .contains("\"field\":\"baseUrl\"")
                .contains("\"field\":\"username\"")
                .contains("\"field\":\"password\"")
                .contains("\"field\":\"dataSet\"")
                .contains("\"field\":\"periods\"")
                .contains("\"field\":\"orgUnit\"")
                .contains("\"field\":\"idScheme\"");
    }

    @Test
    void credentialsAppearNeitherInLogsNorAuditNorAnswers(CapturedOutput output) {
        String basic = TestHttp.basic("dhis2user", PASSWORD);
        dhis2.expectedAuthorization = basic;
        dhis2.answer = FakeDhis2.Answer.json(valueSet(row("A1", "C1", "10", "")));
        HttpResponse<String> ok = pull("""
                {"baseUrl":"%s","username":"dhis2user","password":"%s","dataSet":"DS","periods":["202611"],"orgUnit":"%s"}""".formatted(dhis2.baseUrl(), PASSWORD, f.code("P")));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        HttpResponse<String> refused = pull(request(f.code("P"), "202611", null));
        assertThat(refused.statusCode()).isEqualTo(502);

        String base64 = Base64.getEncoder().encodeToString(("dhis2user:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(output.getAll()).contains("DHIS2 pull from " + dhis2.host());
        for (String secret : List.of(PASSWORD, TOKEN, base64)) {
            assertThat(output.getAll()).doesNotContain(secret);
            assertThat(ok.body() + refused.body()).doesNotContain(secret);
            assertThat(String.join("\n", audit())).doesNotContain(secret);
        }
        assertThat(audit()).anySatisfy(a -> assertThat(a).contains("IMPORT_FAILED|dhis2_import|" + dhis2.host()));
    }

    @Test
    void onlyAdminsMayPull() {
        TestUsers.ensure(users, jdbc, "dhis2.viewer", Role.VIEWER, null);
        String viewer = TestHttp.basic("dhis2.viewer", TestUsers.PASSWORD);
        HttpResponse<String> api =
                http.json("POST", "/api/exchange/dhis2/import", viewer, request(f.code("P"), "202611", null));
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(http.page("/exchange/dhis2", viewer).statusCode()).isEqualTo(403);
        assertThat(dhis2.requests).isEmpty();
    }

    @Test
    void theFormIsInVietnameseShowsFieldErrorsAndNeverRendersSecretsBack() {
        HttpResponse<String> page = http.page("/exchange/dhis2", admin);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Lấy số liệu từ DHIS2")
                .contains("Địa chỉ DHIS2")
                .contains("Mã bộ dữ liệu (data set)")
                .contains("Chạy thử (không ghi)");
        assertThat(http.page("/exchange", admin).body()).contains("href=\"/exchange/dhis2\"");

        HttpResponse<String> invalid = http.form(
                "/exchange/dhis2",
                admin,
                Map.of("baseUrl", "ftp://example.vn", "password", PASSWORD, "periods", "202611", "dryRun", "true"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body())
                .contains("id=\"baseUrl-error\"")
                .contains("Địa chỉ DHIS2 phải có dạng http(s)://")
                .contains("is-invalid")
                .contains("value=\"202611\"")
                .doesNotContain(PASSWORD);

        dhis2.answer = FakeDhis2.Answer.json(valueSet(row("A1", "C1", "10", ""), row("B1", "C1", "không phải số", "")));
        HttpResponse<String> refused = http.form(
                "/exchange/dhis2",
                admin,
                Map.of(
                        "baseUrl", dhis2.baseUrl(),
                        "token", TOKEN,
                        "dataSet", "DS",
                        "periods", "202611",
                        "orgUnit", f.code("P"),
                        "children", "true",
                        "dryRun", "false"));
        assertThat(refused.body())
                .contains("id=\"dhis2-conflicts\"")
                .contains("1 dòng bị từ chối")
                .contains("Không ghi giá trị nào")
                .doesNotContain(TOKEN);
    }

    private String request(String orgUnit, String period, Boolean dryRun) {
        return """
                {"baseUrl":"%s","token":"%s","dataSet":"DS_TONG_HOP","periods":["%s"],"orgUnit":"%s"%s}""".formatted(dhis2.baseUrl(), TOKEN, period, orgUnit, dryRun == null ? "" : ",\"dryRun\":" + dryRun);
    }

    private HttpResponse<String> pull(String body) {
        return http.json("POST", "/api/exchange/dhis2/import", admin, body);
    }

    private String row(String item, String unit, String value, String more) {
        return "{\"dataElement\":\"" + f.code(item) + "\",\"period\":\"202611\",\"orgUnit\":\"" + f.code(unit)
                + "\",\"value\":\"" + value + "\"" + (more.isEmpty() ? "" : "," + more) + "}";
    }

    private static String valueSet(String... rows) {
        return "{\"dataSet\":\"DS_TONG_HOP\",\"dataValues\":[" + String.join(",", rows) + "]}";
    }

    private List<String> stored() {
        return jdbc.sql("""
                SELECT i.code || '|' || u.code || '|' || p.iso || '|' || v.value || '|' || v.created_source
                FROM data_value v JOIN data_item i ON i.id = v.item_id JOIN org_unit u ON u.id = v.unit_id
                JOIN period p ON p.id = v.period_id WHERE i.code LIKE :p""").param("p", f.p + "%").query(String.class).list();
    }

    private int valueCount() {
        return stored().size();
    }

    private List<String> audit() {
        return jdbc.sql("""
                SELECT action || '|' || entity_type || '|' || coalesce(entity_key, '') || '|' || coalesce(details, '')
                FROM audit_log WHERE at > now() - interval '5 minutes' ORDER BY id""").query(String.class).list();
    }
}
