package vn.toancanh.shared;

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

/** A query parameter of the wrong kind or a missing one is a problem naming the parameter and what it takes, in Vietnamese. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParameterProblemsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    TestHttp http;
    String admin;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
        TestUsers.ensure(users, jdbc, "param.admin", Role.ADMIN, null);
        admin = TestHttp.basic("param.admin", TestUsers.PASSWORD);
    }

    @Test
    void aWrongEnumNumberOrDateNamesTheParameterAndWhatItTakes() {
        JsonNode state = problem("/api/alerts?state=MO");
        assertThat(state.get("title").asString()).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(state.get("errors").get(0).get("field").asString()).isEqualTo("state");
        assertThat(state.get("errors").get(0).get("reason").asString())
                .contains("\"MO\"", "OPEN, ACKNOWLEDGED, RESOLVED");

        JsonNode size = problem("/api/reports/library?pageSize=abc");
        assertThat(size.get("errors").get(0).get("field").asString()).isEqualTo("pageSize");
        assertThat(size.get("errors").get(0).get("reason").asString()).isEqualTo("\"abc\" không phải là số");

        JsonNode day = problem("/api/operations/dossiers?receivedFrom=01/12/2026");
        assertThat(day.get("errors").get(0).get("field").asString()).isEqualTo("receivedFrom");
        assertThat(day.get("errors").get(0).get("reason").asString()).contains("năm-tháng-ngày");
    }

    private JsonNode problem(String path) {
        HttpResponse<String> response = http.json("GET", path, admin, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(response.body()).doesNotContain("Bad Request", "Failed to convert");
        return json.readTree(response.body());
    }
}
