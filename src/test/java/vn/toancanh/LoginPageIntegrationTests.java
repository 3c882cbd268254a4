package vn.toancanh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toancanh.support.Axe;
import vn.toancanh.support.Browser;

/** The login page in a real Chromium: Vietnamese, accessible, and it rejects a wrong password with a message. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginPageIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void loginPageIsVietnameseAccessibleAndRejectsWrongPasswords() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            assertThat(browser.text("h1")).isEqualTo("Toàn Cảnh");
            assertThat(browser.text("label[for=username]")).isEqualTo("Tên đăng nhập");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.screenshot("login-desktop");

            browser.login("nobody", "wrong-password");
            assertThat(browser.text(".alert-danger")).contains("không đúng");

            browser.size(Browser.PHONE).go("/login");
            browser.screenshot("login-phone");
        }
    }
}
