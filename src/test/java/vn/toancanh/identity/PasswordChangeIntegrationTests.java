package vn.toancanh.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.identity.internal.UserAdminService;

/** Every user changes their own password: the current one is checked, the policy applies, the change is audited. */
@IdentityIntegrationTest
class PasswordChangeIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rejectsBadChangesWithVietnameseMessagesAndAcceptsAGoodOne() {
        TestUsers.ensure(users, jdbc, "doi.matkhau", Role.COMMUNE_OFFICER, "T-DMK");
        TestHttp http = new TestHttp(port);
        String auth = TestHttp.basic("doi.matkhau", TestUsers.PASSWORD);

        assertThat(change(http, auth, "sai-hien-tai", "mat-khau-moi-9", "mat-khau-moi-9"))
                .contains("id=\"currentPassword-error\"")
                .contains("Mật khẩu hiện tại không đúng");
        assertThat(change(http, auth, TestUsers.PASSWORD, "ngan", "ngan")).contains("ít nhất 8 ký tự");
        assertThat(change(http, auth, TestUsers.PASSWORD, "doi.matkhau", "doi.matkhau"))
                .contains("không được trùng với tên đăng nhập");
        assertThat(change(http, auth, TestUsers.PASSWORD, "mat-khau-moi-9", "mat-khau-moi-8"))
                .contains("id=\"confirmPassword-error\"")
                .contains("không khớp");
        assertThat(change(http, auth, TestUsers.PASSWORD, TestUsers.PASSWORD, TestUsers.PASSWORD))
                .contains("phải khác mật khẩu hiện tại");
        assertThat(audited()).isZero();

        HttpResponse<String> ok = http.form(
                "/account/password",
                auth,
                Map.of(
                        "currentPassword", TestUsers.PASSWORD,
                        "newPassword", "mat-khau-moi-9",
                        "confirmPassword", "mat-khau-moi-9"));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(ok.headers().firstValue("Location").orElseThrow()).endsWith("/account/password?changed");
        assertThat(http.page("/account/password?changed", TestHttp.basic("doi.matkhau", "mat-khau-moi-9"))
                        .body())
                .contains("Đã đổi mật khẩu.");
        assertThat(http.page("/account/password", auth).statusCode()).isEqualTo(401);
        assertThat(audited()).isEqualTo(1);
    }

    private static String change(TestHttp http, String auth, String current, String next, String confirm) {
        HttpResponse<String> page = http.form(
                "/account/password",
                auth,
                Map.of("currentPassword", current, "newPassword", next, "confirmPassword", confirm));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("value=\"" + current + "\"");
        return page.body();
    }

    private long audited() {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE username = 'doi.matkhau' AND action = 'PASSWORD_CHANGE'")
                .query(Long.class)
                .single();
    }
}
