package vn.toancanh.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.identity.internal.UserAdminService;

/** Personal API tokens: created on the page and shown once, stored hashed, used as Bearer, expiring, revoked. */
@IdentityIntegrationTest
class ApiTokenIntegrationTests {

    private static final Pattern TOKEN = Pattern.compile("tc_[A-Za-z0-9_-]{40}");

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcClient jdbc;

    TestHttp http;
    String admin;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
        TestUsers.ensure(users, jdbc, "token.admin", Role.ADMIN, null);
        admin = TestHttp.basic("token.admin", TestUsers.PASSWORD);
    }

    @Test
    void aTokenIsShownOnceStoredHashedAndAuthenticatesTheApi() throws Exception {
        HttpResponse<String> page =
                http.form("/account/tokens", admin, Map.of("name", "Kịch bản đồng bộ", "days", "30"));
        assertThat(page.statusCode()).isEqualTo(200);
        String token = token(page.body());
        assertThat(page.body()).contains("Kịch bản đồng bộ").contains("không hiện lại");

        Map<String, Object> row = jdbc.sql("SELECT * FROM api_token WHERE name = 'Kịch bản đồng bộ'")
                .query()
                .singleRow();
        assertThat(row.get("token_hash")).isEqualTo(sha256(token));
        assertThat(row.get("token_prefix")).isEqualTo(token.substring(0, 9));
        assertThat(((Timestamp) row.get("expires_at")).toInstant())
                .isBetween(
                        Instant.now().plus(Duration.ofDays(30)).minusSeconds(60),
                        Instant.now().plus(Duration.ofDays(30)));
        assertThat(row.get("last_used_at")).isNull();
        assertThat(http.page("/account/tokens", admin).body())
                .as("the list shows only the prefix, never the token again")
                .doesNotContain(token)
                .contains(token.substring(0, 9));

        HttpResponse<String> api = http.json("GET", "/api/users?q=token.admin", TestHttp.bearer(token), null);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"username\":\"token.admin\"").doesNotContain("password");
        assertThat(http.json("GET", "/api/users?q=token.admin", "ApiToken " + token, null)
                        .statusCode())
                .as("DHIS2's name for a bearer token works the same")
                .isEqualTo(200);
        assertThat(api.headers().firstValue("Set-Cookie"))
                .as("no session for token calls")
                .isEmpty();
        assertThat(jdbc.sql("SELECT last_used_at FROM api_token WHERE token_hash = :h")
                        .param("h", sha256(token))
                        .query()
                        .singleValue())
                .isNotNull();
        assertThat(auditActions("api_token")).contains("CREATE");
    }

    @Test
    void expiredRevokedUnknownAndMalformedTokensGet401ProblemJson() {
        String expiring = token(http.form("/account/tokens", admin, Map.of("name", "sắp hết hạn", "days", "1"))
                .body());
        String revoking = token(http.form("/account/tokens", admin, Map.of("name", "sẽ thu hồi", "days", "90"))
                .body());
        assertThat(http.json("GET", "/api/users", TestHttp.bearer(expiring), null)
                        .statusCode())
                .isEqualTo(200);

        jdbc.sql("UPDATE api_token SET expires_at = now() - INTERVAL '1 second' WHERE token_hash = :h")
                .param("h", sha256(expiring))
                .update();
        assertUnauthorized(http.json("GET", "/api/users", TestHttp.bearer(expiring), null));

        long id = jdbc.sql("SELECT id FROM api_token WHERE token_hash = :h")
                .param("h", sha256(revoking))
                .query(Long.class)
                .single();
        HttpResponse<String> revoked = http.form("/account/tokens/" + id + "/revoke", admin, Map.of());
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertUnauthorized(http.json("GET", "/api/users", TestHttp.bearer(revoking), null));
        assertThat(auditActions("api_token")).contains("REVOKE");

        assertUnauthorized(http.json("GET", "/api/users", TestHttp.bearer("tc_" + "x".repeat(40)), null));
        assertUnauthorized(http.json("GET", "/api/users", TestHttp.bearer("not-a-token"), null));
    }

    @Test
    void aTokenCarriesItsOwnersRoleAndOnlyTheOwnerRevokesIt() {
        TestUsers.ensure(users, jdbc, "token.viewer", Role.VIEWER, null);
        String viewer = TestHttp.basic("token.viewer", TestUsers.PASSWORD);
        String token = token(http.form("/account/tokens", viewer, Map.of("name", "xem", "days", "7"))
                .body());
        HttpResponse<String> denied = http.json("GET", "/api/users", TestHttp.bearer(token), null);
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("urn:toancanh:problem:forbidden");

        long id = jdbc.sql("SELECT id FROM api_token WHERE token_hash = :h")
                .param("h", sha256(token))
                .query(Long.class)
                .single();
        assertThat(http.form("/account/tokens/" + id + "/revoke", admin, Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT revoked_at FROM api_token WHERE id = :id")
                        .param("id", id)
                        .query()
                        .singleRow()
                        .get("revoked_at"))
                .isNull();
    }

    @Test
    void theCreateFormExplainsWhatIsWrongInVietnamese() {
        HttpResponse<String> page = http.form("/account/tokens", admin, Map.of("name", "", "days", "400"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("is-invalid")
                .contains("Vui lòng đặt tên cho mã")
                .contains("Thời hạn từ 1 đến 365 ngày");
        assertThat(TOKEN.matcher(page.body()).find()).isFalse();
    }

    @Test
    void aBearerTokenDoesNotOpenPagesOnlyTheApi() {
        String token = token(http.form("/account/tokens", admin, Map.of("name", "chỉ API", "days", "2"))
                .body());
        HttpResponse<String> page = http.page("/admin/users", TestHttp.bearer(token));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private void assertUnauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("urn:toancanh:problem:unauthorized");
    }

    private java.util.List<String> auditActions(String entityType) {
        return jdbc.sql("SELECT action FROM audit_log WHERE username = 'token.admin' AND entity_type = :t")
                .param("t", entityType)
                .query(String.class)
                .list();
    }

    private static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("the new token is on the page").isTrue();
        return m.group();
    }

    private static String sha256(String s) throws RuntimeException {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
