package vn.toancanh.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.identity.internal.UserView;

/** User administration through the JSON API and the HTML forms: validation, search, audit. */
@IdentityIntegrationTest
class UserAdminIntegrationTests {

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
    UserView adminUser;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
        adminUser = TestUsers.ensure(users, jdbc, "ua.admin", Role.ADMIN, null);
        admin = TestHttp.basic("ua.admin", TestUsers.PASSWORD);
        TestUsers.ensureUnit(jdbc, "T-UA-XA", "Xã Thử Nghiệm", "COMMUNE");
    }

    @Test
    void rejectsInvalidUsersWithEveryProblemByField() {
        HttpResponse<String> officerWithoutUnit = post(Map.of(
                "username",
                "ua.canbo",
                "fullName",
                "Cán bộ",
                "role",
                "COMMUNE_OFFICER",
                "password",
                "mat-khau-du-dai"));
        assertThat(officerWithoutUnit.statusCode()).isEqualTo(400);
        assertThat(fields(officerWithoutUnit)).containsExactly("unitCode");

        HttpResponse<String> many = post(
                Map.of("username", "a b", "fullName", "", "role", "KING", "unitCode", "KHONG-CO", "password", "ngan"));
        assertThat(many.statusCode()).isEqualTo(400);
        assertThat(fields(many)).containsExactlyInAnyOrder("username", "fullName", "role", "unitCode", "password");
        assertThat(many.body()).contains("ít nhất 8 ký tự").contains("Không có đơn vị mã 'KHONG-CO'");

        HttpResponse<String> sameAsUsername = post(Map.of(
                "username", "ua.giong.ten", "fullName", "Giống tên", "role", "VIEWER", "password", "UA.GIONG.TEN"));
        assertThat(fields(sameAsUsername)).containsExactly("password");
        assertThat(count("ua.canbo") + count("ua.giong.ten")).isZero();
    }

    @Test
    void createsAnOfficerWithAUnitAuditsItAndNeverReturnsThePassword() {
        HttpResponse<String> created = post(Map.of(
                "username", "ua.hoa",
                "fullName", "Nguyễn Thị Hoà",
                "email", "hoa@example.vn",
                "role", "COMMUNE_OFFICER",
                "unitCode", "T-UA-XA",
                "password", "mat-khau-cua-hoa"));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        assertThat(body.get("unitCode").asString()).isEqualTo("T-UA-XA");
        assertThat(body.get("unitName").asString()).isEqualTo("Xã Thử Nghiệm");
        assertThat(created.body()).doesNotContainIgnoringCase("password").doesNotContain("{bcrypt}");
        assertThat(created.headers().firstValue("Location"))
                .hasValue("/api/users/" + body.get("id").asLong());
        assertThat(jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'ua.hoa'")
                        .query(String.class)
                        .single())
                .startsWith("{bcrypt}");
        assertThat(jdbc.sql("SELECT details FROM audit_log WHERE username = 'ua.admin' AND action = 'CREATE'"
                                + " AND entity_key = 'ua.hoa'")
                        .query(String.class)
                        .single())
                .contains("COMMUNE_OFFICER")
                .contains("T-UA-XA");
        assertThat(http.page("/admin/users?q=hoa", TestHttp.basic("ua.hoa", "mat-khau-cua-hoa"))
                        .statusCode())
                .as("the new officer can log in, but is no admin")
                .isEqualTo(403);

        HttpResponse<String> duplicate = post(
                Map.of("username", "UA.HOA", "fullName", "Trùng", "role", "VIEWER", "password", "mat-khau-khac-1"));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(fields(duplicate)).containsExactly("username");
    }

    @Test
    void searchesWithoutDiacriticsFiltersSortsAndPages() {
        post(Map.of("username", "ua.lanh", "fullName", "Trần Đức Lành", "role", "LEADER", "password", "mat-khau-lanh"));
        post(Map.of(
                "username", "ua.xa2",
                "fullName", "Đỗ Văn Xã",
                "role", "COMMUNE_OFFICER",
                "unitCode", "T-UA-XA",
                "password", "mat-khau-xa-2"));

        assertThat(usernames("/api/users?q=tran%20duc%20lanh")).containsExactly("ua.lanh");
        assertThat(usernames("/api/users?q="
                        + java.net.URLEncoder.encode("TRẦN ĐỨC", java.nio.charset.StandardCharsets.UTF_8)))
                .containsExactly("ua.lanh");
        assertThat(usernames("/api/users?unit=T-UA-XA")).contains("ua.xa2").doesNotContain("ua.lanh");
        assertThat(usernames("/api/users?role=LEADER&q=ua.lanh")).containsExactly("ua.lanh");
        assertThat(usernames("/api/users?role=VIEWER&q=ua.lanh")).isEmpty();
        assertThat(usernames("/api/users?unit=KHONG-CO")).isEmpty();

        JsonNode page = json.readTree(http.json("GET", "/api/users?q=ua.&sort=-username&pageSize=1&page=2", admin, null)
                .body());
        assertThat(page.get("pageSize").asInt()).isEqualTo(1);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
        List<String> all = usernames("/api/users?q=ua.&sort=-username");
        assertThat(page.get("items").get(0).get("username").asString()).isEqualTo(all.get(1));
        assertThat(all).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        String html = http.page("/admin/users?q=duc%20lanh", admin).body();
        assertThat(html).contains("Trần Đức Lành").contains("Lãnh đạo").doesNotContain("Đỗ Văn Xã");
    }

    @Test
    void updatesAUserAndKeepsAnAdminFromLockingThemselvesOut() {
        long id = json.readTree(post(Map.of(
                                "username",
                                "ua.doi",
                                "fullName",
                                "Người Đổi",
                                "role",
                                "VIEWER",
                                "password",
                                "mat-khau-doi-1"))
                        .body())
                .get("id")
                .asLong();
        HttpResponse<String> updated = http.json(
                "PUT",
                "/api/users/" + id,
                admin,
                "{\"username\":\"ua.doi\",\"fullName\":\"Người Đã Đổi\",\"role\":\"LEADER\",\"enabled\":false}");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT full_name || '|' || role || '|' || enabled FROM app_user WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Người Đã Đổi|LEADER|false");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'UPDATE' AND entity_key = 'ua.doi'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        HttpResponse<String> self = http.json(
                "PUT",
                "/api/users/" + adminUser.id(),
                admin,
                "{\"username\":\"ua.admin\",\"fullName\":\"Tôi\",\"role\":\"VIEWER\"}");
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(http.json("GET", "/api/users/999999", admin, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theHtmlFormShowsVietnameseMessagesBesideTheFields() {
        HttpResponse<String> page = http.form(
                "/admin/users",
                admin,
                Map.of(
                        "username",
                        "ua.form",
                        "fullName",
                        "Cán Bộ Form",
                        "role",
                        "DEPARTMENT_OFFICER",
                        "password",
                        "ngan"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"unitCode-error\"")
                .contains("Cán bộ phải thuộc một đơn vị")
                .contains("id=\"password-error\"")
                .contains("Mật khẩu phải có ít nhất 8 ký tự")
                .contains("value=\"Cán Bộ Form\"");

        HttpResponse<String> ok = http.form(
                "/admin/users",
                admin,
                Map.of(
                        "username", "ua.form",
                        "fullName", "Cán Bộ Form",
                        "role", "DEPARTMENT_OFFICER",
                        "unitCode", "T-UA-XA",
                        "enabled", "true",
                        "password", "mat-khau-form"));
        assertThat(ok.statusCode()).isEqualTo(302);
        String location = ok.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/admin/users/").endsWith("?created");
        String id = location.replaceAll(".*/admin/users/(\\d+).*", "$1");

        assertThat(http.form("/admin/users/" + id + "/password", admin, Map.of("password", "ngan"))
                        .body())
                .contains("Mật khẩu phải có ít nhất 8 ký tự");
        assertThat(http.form("/admin/users/" + id + "/password", admin, Map.of("password", "mat-khau-moi-1"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(http.page("/account/password", TestHttp.basic("ua.form", "mat-khau-moi-1"))
                        .statusCode())
                .isEqualTo(200);

        jdbc.sql("UPDATE app_user SET locked_until = now() + INTERVAL '1 hour' WHERE id = :id")
                .param("id", Long.parseLong(id))
                .update();
        assertThat(http.page("/admin/users/" + id, admin).body()).contains("Đang tạm khoá đến");
        assertThat(http.form("/admin/users/" + id + "/unlock", admin, Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(jdbc.sql("SELECT locked_until FROM app_user WHERE id = :id")
                        .param("id", Long.parseLong(id))
                        .query()
                        .singleRow()
                        .get("locked_until"))
                .isNull();
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE entity_key = 'ua.form' ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly("CREATE", "PASSWORD_RESET", "UNLOCK");
    }

    private HttpResponse<String> post(Map<String, String> fields) {
        return http.json("POST", "/api/users", admin, json.writeValueAsString(fields));
    }

    private List<String> fields(HttpResponse<String> problem) {
        return json.readTree(problem.body())
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
    }

    private List<String> usernames(String path) {
        HttpResponse<String> response = http.json("GET", path, admin, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body())
                .get("items")
                .valueStream()
                .map(u -> u.get("username").asString())
                .toList();
    }

    private long count(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }
}
