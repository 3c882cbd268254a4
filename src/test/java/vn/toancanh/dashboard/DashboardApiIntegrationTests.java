package vn.toancanh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/**
 * Composing and sharing dashboards over the JSON API: a user sees the standard dashboards, their own and those
 * shared with their role or unit; another user's unshared dashboard is 404, a shared one they may not change 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardApiIntegrationTests {

    static final String WIDGET = """
            {"type":"COLUMN","width":6,"title":"Thu ngân sách","dx":["KT-TCKH-01-001"],"pe":"LAST_12_MONTHS"}""";

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    TestHttp http;

    @BeforeEach
    void users() {
        http = new TestHttp(port);
        TestUsers.ensure(users, jdbc, "dash.owner", Role.DEPARTMENT_OFFICER, "T-DASH-A");
        TestUsers.ensure(users, jdbc, "dash.viewer", Role.VIEWER, null);
        TestUsers.ensure(users, jdbc, "dash.commune", Role.COMMUNE_OFFICER, "T-DASH-C");
    }

    @Test
    void everyoneSeesTheHomeAndDomainDashboards() {
        JsonNode list = body(call("GET", "/api/dashboards", "dash.viewer", null), 200);
        assertThat(list.findValuesAsString("code")).contains("HOME", "KT", "XH", "HC", "NC");
        JsonNode home = body(call("GET", "/api/dashboards/HOME", "dash.viewer", null), 200);
        assertThat(home.get("kind").asString()).isEqualTo("HOME");
        assertThat(home.get("widgets").size()).isGreaterThan(10);
        assertThat(home.toString()).contains("KT-TCKH-01-001", "PLACEHOLDER");
    }

    @Test
    void aDashboardIsSeenByItsOwnerAndThoseItIsSharedWith() {
        JsonNode created = body(
                call(
                        "POST",
                        "/api/dashboards",
                        "dash.owner",
                        "{\"title\":\"Ngân sách của tôi\",\"widgets\":[" + WIDGET + "]}"),
                201);
        String code = created.get("code").asString();
        assertThat(code).startsWith("U");
        assertThat(created.get("widgets").get(0).get("dx").get(0).asString()).isEqualTo("KT-TCKH-01-001");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'dashboard' AND entity_key = :k")
                        .param("k", code)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // not shared yet: hidden from others, as if it did not exist
        assertThat(call("GET", "/api/dashboards/" + code, "dash.viewer", null).statusCode())
                .isEqualTo(404);
        assertThat(body(call("GET", "/api/dashboards", "dash.viewer", null), 200)
                        .findValuesAsString("code"))
                .doesNotContain(code);
        assertThat(call("PUT", "/api/dashboards/" + code, "dash.viewer", "{\"title\":\"x\"}")
                        .statusCode())
                .isEqualTo(404);

        // shared with viewers: seen, not changed
        body(
                call(
                        "PUT",
                        "/api/dashboards/" + code,
                        "dash.owner",
                        "{\"title\":\"Ngân sách của tôi\",\"sharedRoles\":[\"VIEWER\"],\"widgets\":[" + WIDGET + "]}"),
                200);
        assertThat(call("GET", "/api/dashboards/" + code, "dash.viewer", null).statusCode())
                .isEqualTo(200);
        assertThat(call("PUT", "/api/dashboards/" + code, "dash.viewer", "{\"title\":\"x\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(call("DELETE", "/api/dashboards/" + code, "dash.viewer", null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(call("GET", "/api/dashboards/" + code, "dash.commune", null).statusCode())
                .isEqualTo(404);

        // shared with a unit: its officers see it
        JsonNode byUnit = body(
                call(
                        "PUT",
                        "/api/dashboards/" + code,
                        "dash.owner",
                        "{\"title\":\"Ngân sách của tôi\",\"sharedUnits\":[\"T-DASH-C\"],\"widgets\":[" + WIDGET
                                + "]}"),
                200);
        assertThat(byUnit.get("sharedRoles").size()).isZero();
        assertThat(call("GET", "/api/dashboards/" + code, "dash.commune", null).statusCode())
                .isEqualTo(200);
        assertThat(call("GET", "/api/dashboards/" + code, "dash.viewer", null).statusCode())
                .isEqualTo(404);

        assertThat(call("DELETE", "/api/dashboards/" + code, "dash.owner", null).statusCode())
                .isEqualTo(204);
        assertThat(call("GET", "/api/dashboards/" + code, "dash.owner", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aDashboardPageShowsItsWidgetsAsLastSavedInTheReadersLanguage() {
        String widget = """
                {"type":"COLUMN","width":6,"title":"Chi thường xuyên","titleEn":"Recurrent spending",
                 "dx":["KT-TCKH-02-001"],"pe":"LAST_12_MONTHS"}""";
        String code = body(
                        call(
                                "POST",
                                "/api/dashboards",
                                "dash.owner",
                                "{\"title\":\"Chi tiêu\",\"widgets\":[" + widget + "]}"),
                        201)
                .get("code")
                .asString();
        String auth = TestHttp.basic("dash.owner", TestUsers.PASSWORD);
        assertThat(http.page("/dashboards/" + code, auth).body())
                .contains("Chi thường xuyên", "data-dx=\"KT-TCKH-02-001\"")
                .doesNotContain("Recurrent spending");
        assertThat(http.page("/dashboards/" + code + "?lang=en", auth).body())
                .contains("Recurrent spending")
                .doesNotContain("Chi thường xuyên");

        // the widgets change: the page (its grid is kept between requests) shows the new ones at once
        body(
                call(
                        "PUT",
                        "/api/dashboards/" + code,
                        "dash.owner",
                        "{\"title\":\"Chi tiêu\",\"widgets\":[" + WIDGET.replace("\"width\":6", "\"width\":12") + "]}"),
                200);
        String changed = http.page("/dashboards/" + code + "?lang=vi", auth).body();
        assertThat(changed)
                .contains("Thu ngân sách", "data-dx=\"KT-TCKH-01-001\"", "col-xl-12")
                .doesNotContain("Chi thường xuyên", "KT-TCKH-02-001");
        assertThat(call("DELETE", "/api/dashboards/" + code, "dash.owner", null).statusCode())
                .isEqualTo(204);
    }

    @Test
    void invalidInputNamesEveryField() {
        HttpResponse<String> response = call("POST", "/api/dashboards", "dash.owner", """
                {"title":"","rotationSeconds":1,"sharedUnits":["KHONG-CO"],
                 "widgets":[{"type":"LINE","title":"A","dx":["KHONG-CO-MA"],"pe":"NAM_NAY"},{"title":"B","dx":[]}]}""");
        JsonNode problem = body(response, 400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(problem.get("errors").findValuesAsString("field"))
                .contains(
                        "title",
                        "rotationSeconds",
                        "sharedUnits",
                        "widgets[0].dx",
                        "widgets[0].pe",
                        "widgets[1].type",
                        "widgets[1].dx");
        // placeholders are for the standard dashboards only
        assertThat(call(
                                "POST",
                                "/api/dashboards",
                                "dash.owner",
                                "{\"title\":\"x\",\"widgets\":[{\"type\":\"PLACEHOLDER\",\"title\":\"x\"}]}")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aWarningsWidgetLooksAtTheLastThreeMonthsUnlessToldAndTakesAKnownMethod() {
        JsonNode created = body(call("POST", "/api/dashboards", "dash.owner", """
                        {"title":"Số liệu bất thường","widgets":[{"type":"WARNINGS","width":12,"title":"Cảnh báo",
                         "dx":["KT-TCKH-01-001","KT-TCKH-02-001"],"options":"{\\"method\\":\\"ZSCORE\\"}"}]}"""), 201);
        JsonNode widget = created.get("widgets").get(0);
        assertThat(widget.get("type").asString()).isEqualTo("WARNINGS");
        assertThat(widget.get("pe").asString()).isEqualTo("LAST_3_MONTHS");
        JsonNode problem = body(call("POST", "/api/dashboards", "dash.owner", """
                        {"title":"x","widgets":[{"type":"WARNINGS","title":"x","dx":["KT-TCKH-01-001"],
                         "options":"{\\"method\\":\\"GUESS\\"}"}]}"""), 400);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("widgets[0].options");
    }

    @Test
    void onlyAdminsChangeTheStandardDashboardsAndNobodyDeletesThem() {
        assertThat(call("PUT", "/api/dashboards/KT", "dash.owner", "{\"title\":\"x\"}")
                        .statusCode())
                .isEqualTo(403);
        TestUsers.ensure(users, jdbc, "dash.admin", Role.ADMIN, null);
        assertThat(call("DELETE", "/api/dashboards/KT", "dash.admin", null).statusCode())
                .isEqualTo(409);
        JsonNode kt = body(call("GET", "/api/dashboards/KT", "dash.admin", null), 200);
        String same = json.writeValueAsString(java.util.Map.of(
                "title", kt.get("title").asString(),
                "titleEn", kt.get("titleEn").asString(),
                "rotationSeconds", kt.get("rotationSeconds").asInt(),
                "onWall", true,
                "widgets", kt.get("widgets")));
        JsonNode updated = body(call("PUT", "/api/dashboards/KT", "dash.admin", same), 200);
        assertThat(updated.get("widgets").size()).isEqualTo(kt.get("widgets").size());
    }

    @Test
    void theEventStreamGreetsSignedInPagesAndRefusesAnonymousOnes() throws Exception {
        assertThat(http.json("GET", "/api/dashboard/events", null, null).statusCode())
                .isEqualTo(401);
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/dashboard/events"))
                .header("Accept", "text/event-stream")
                .header("Authorization", TestHttp.basic("dash.viewer", TestUsers.PASSWORD))
                .build();
        HttpResponse<java.util.stream.Stream<String>> response =
                client.send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        try (var lines = response.body()) {
            assertThat(lines.limit(3).toList()).anyMatch(line -> line.equals("event:hello"));
        }
    }

    private HttpResponse<String> call(String method, String path, String user, String body) {
        return http.json(method, path, TestHttp.basic(user, TestUsers.PASSWORD), body);
    }

    private JsonNode body(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }
}
