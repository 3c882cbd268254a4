package vn.toancanh.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How we sign in to a DHIS2 instance: a personal access token ({@code d2pat_…}, sent as {@code ApiToken}) or a user
 * name and password (HTTP Basic). Lives for one call; {@link #toString} never shows the secret, so a log line or an
 * exception message that prints it leaks nothing.
 */
record Dhis2Credentials(String username, String secret, boolean token) {

    static Dhis2Credentials basic(String username, String password) {
        return new Dhis2Credentials(username, password, false);
    }

    static Dhis2Credentials accessToken(String token) {
        return new Dhis2Credentials("", token, true);
    }

    String authorization() {
        if (token) {
            return "ApiToken " + secret;
        }
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** For the audit: how we signed in, never with what. */
    String describe() {
        return token ? "mã truy cập cá nhân" : "tên đăng nhập và mật khẩu";
    }

    @Override
    public String toString() {
        return token ? "Dhis2Credentials[token=***]" : "Dhis2Credentials[username=" + username + ", password=***]";
    }
}
