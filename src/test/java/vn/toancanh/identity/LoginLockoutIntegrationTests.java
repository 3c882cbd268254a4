package vn.toancanh.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.support.Browser;

/** Lockout after repeated failures (3 here, lock 3 s), its end, the login page's messages and the login audit. */
@IdentityIntegrationTest
class LoginLockoutIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void locksAfterRepeatedFailuresShowsWhyAndUnlocksWhenTheLockHasPassed() throws Exception {
        TestUsers.ensure(users, jdbc, "khoa.form", Role.VIEWER, null);
        try (Browser browser = Browser.open(port)) {
            for (int i = 0; i < 3; i++) {
                browser.login("khoa.form", "sai-mat-khau");
                assertThat(browser.text(".alert-danger")).contains("không đúng");
            }
            Map<String, Object> row = row("khoa.form");
            Instant lockedUntil = ((Timestamp) row.get("locked_until")).toInstant();
            assertThat(lockedUntil).isBetween(Instant.now(), Instant.now().plusSeconds(4));
            assertThat(row.get("failed_attempts")).isEqualTo(0);

            browser.login("khoa.form", TestUsers.PASSWORD);
            assertThat(browser.text(".alert-danger")).contains("tạm khoá");
            browser.screenshot("login-locked");

            Thread.sleep(
                    Math.max(0, Duration.between(Instant.now(), lockedUntil).toMillis()) + 300);
            browser.login("khoa.form", TestUsers.PASSWORD);
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("/login");
        }
        assertThat(row("khoa.form").get("last_login_at")).isNotNull();
        assertThat(actions("khoa.form"))
                .containsExactly(
                        "LOGIN_FAILURE", "LOGIN_FAILURE", "LOCKED", "LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_SUCCESS");
        assertThat(jdbc.sql("SELECT details FROM audit_log WHERE username = 'khoa.form'")
                        .query(String.class)
                        .list())
                .noneMatch(d -> d.contains("sai-mat-khau") || d.contains(TestUsers.PASSWORD))
                .contains("Tài khoản đang bị khoá");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE username = 'khoa.form' AND client_ip IS NULL")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void basicAuthFailuresCountTooAndASuccessStartsTheCountAgain() {
        TestUsers.ensure(users, jdbc, "khoa.basic", Role.VIEWER, null);
        TestHttp http = new TestHttp(port);
        String wrong = TestHttp.basic("khoa.basic", "khong-dung-1");
        String right = TestHttp.basic("khoa.basic", TestUsers.PASSWORD);

        assertThat(http.page("/account/password", wrong).statusCode()).isEqualTo(401);
        assertThat(http.page("/account/password", wrong).statusCode()).isEqualTo(401);
        assertThat(row("khoa.basic").get("failed_attempts")).isEqualTo(2);
        assertThat(http.page("/account/password", right).statusCode()).isEqualTo(200);
        assertThat(row("khoa.basic").get("failed_attempts")).isEqualTo(0);

        http.page("/account/password", wrong);
        http.page("/account/password", wrong);
        assertThat(http.page("/account/password", right).statusCode()).isEqualTo(200);
        assertThat(row("khoa.basic").get("locked_until")).isNull();
        // Script logins are not interactive: no LOGIN_SUCCESS flood, no last-login change.
        assertThat(actions("khoa.basic")).doesNotContain("LOGIN_SUCCESS").contains("LOGIN_FAILURE");
    }

    @Test
    void aDisabledAccountCannotLogInAndIsToldSo() {
        var user = TestUsers.ensure(users, jdbc, "tat.form", Role.VIEWER, null);
        jdbc.sql("UPDATE app_user SET enabled = false WHERE id = :id")
                .param("id", user.id())
                .update();
        try (Browser browser = Browser.open(port)) {
            browser.login("tat.form", TestUsers.PASSWORD);
            assertThat(browser.text(".alert-danger")).contains("vô hiệu hoá");
        }
        assertThat(new TestHttp(port)
                        .page("/account/password", TestHttp.basic("tat.form", TestUsers.PASSWORD))
                        .statusCode())
                .isEqualTo(401);
    }

    private Map<String, Object> row(String username) {
        return jdbc.sql("SELECT failed_attempts, locked_until, last_login_at FROM app_user WHERE username = :u")
                .param("u", username)
                .query()
                .singleRow();
    }

    private List<String> actions(String username) {
        return jdbc.sql("SELECT action FROM audit_log WHERE username = :u ORDER BY id")
                .param("u", username)
                .query(String.class)
                .list();
    }
}
