package vn.toancanh.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.identity.internal.UserAdminService;

/** Friendly Vietnamese 403/404 pages for people; problem JSON for scripts on /api/**. */
@IdentityIntegrationTest
class ErrorPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void pagesGetFriendlyErrorPages() {
        TestUsers.ensure(users, jdbc, "loi.xem", Role.VIEWER, null);
        TestHttp http = new TestHttp(port);
        String viewer = TestHttp.basic("loi.xem", TestUsers.PASSWORD);

        HttpResponse<String> missing = http.page("/khong-co-trang-nay", viewer);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy trang bạn yêu cầu").contains("Về trang chủ");

        HttpResponse<String> forbidden = http.page("/admin/users", viewer);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Bạn không có quyền truy cập trang này");

        HttpResponse<String> anonymous = http.page("/admin/users", null);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void theApiAnswersProblemJson() {
        TestUsers.ensure(users, jdbc, "loi.admin", Role.ADMIN, null);
        TestHttp http = new TestHttp(port);
        String admin = TestHttp.basic("loi.admin", TestUsers.PASSWORD);

        assertProblem(http.json("GET", "/api/khong-co", admin, null), 404, "urn:toancanh:problem:not-found");
        assertProblem(http.json("DELETE", "/api/users/1", admin, null), 405, "urn:toancanh:problem:invalid-input");
        assertProblem(http.json("GET", "/api/users/987654", admin, null), 404, "urn:toancanh:problem:not-found");
        assertProblem(http.json("GET", "/api/users", null, null), 401, "urn:toancanh:problem:unauthorized");
        assertProblem(
                http.json("GET", "/api/users", TestHttp.basic("loi.admin", "sai-mat-khau"), null),
                401,
                "urn:toancanh:problem:unauthorized");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"" + type + "\"");
    }
}
