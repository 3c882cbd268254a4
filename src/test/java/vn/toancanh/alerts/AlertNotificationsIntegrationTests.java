package vn.toancanh.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;

/**
 * Alert notifications end to end: a raised alert e-mails the officers of its unit and of the units above it once, in
 * Vietnamese, through a real SMTP conversation (GreenMail); webhooks registered through the API receive signed JSON
 * that a receiver can verify with the secret it was given; a failed call is tried again; a subscription's minimum
 * severity is respected; bad input is answered with problem details, and only admins may manage webhooks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AlertNotificationsIntegrationTests {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final String DUTY = "truc.ioc@ioc.example.vn";
    static final AtomicLong EVENT_IDS = new AtomicLong(System.currentTimeMillis() * 100);

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("toancanh.alerts.base-url", () -> "https://ioc.example.vn/");
        registry.add("toancanh.alerts.mail.to", () -> DUTY);
        // retries within the test's patience, not minutes
        registry.add("toancanh.alerts.delivery.backoff", () -> "1s");
        registry.add("toancanh.alerts.delivery.interval", () -> "300ms");
    }

    /** What a receiver got: its headers and body. */
    record Received(Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdminService users;

    @Autowired
    JsonMapper json;

    HttpServer receiver;
    final Queue<Received> received = new ConcurrentLinkedQueue<>();
    final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
    final AtomicInteger calls = new AtomicInteger();
    TestHttp http;
    String admin;

    @BeforeEach
    void setUp() throws IOException {
        // webhooks of earlier tests point at receivers that are gone
        jdbc.sql("DELETE FROM alert_webhook").update();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
            calls.incrementAndGet();
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        receiver.start();
        http = new TestHttp(port);
        TestUsers.ensure(users, jdbc, "al.admin", Role.ADMIN, null);
        admin = TestHttp.basic("al.admin", TestUsers.PASSWORD);
    }

    @AfterEach
    void tearDown() {
        receiver.stop(0);
    }

    @Test
    void aRaisedAlertIsMailedOnceToTheOfficersOfItsUnitAndTheUnitsAboveIt() throws Exception {
        long parent = TestUsers.ensureUnit(jdbc, "T-AL-HUYEN", "Huyện thử cảnh báo", "DISTRICT");
        long unit = TestUsers.ensureUnit(jdbc, "T-AL-XA", "Xã Cấm Sơn thử", "COMMUNE");
        jdbc.sql("UPDATE org_unit SET parent_id = :p, path = '/' || :p || '/' || id || '/' WHERE id = :u")
                .param("p", parent)
                .param("u", unit)
                .update();
        officer("al.xa", Role.COMMUNE_OFFICER, "T-AL-XA", "can.bo.xa@al.example.vn");
        officer("al.huyen", Role.DEPARTMENT_OFFICER, "T-AL-HUYEN", "CAN.BO.HUYEN@al.example.vn");
        SMTP.purgeEmailFromAllMailboxes();

        Instant opened = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        AlertRaised alert = raised(EVENT_IDS.incrementAndGet(), AlertSeverity.WARNING, unit, opened);
        publish(alert);
        publish(alert); // republished (a restart, a second instance): still one mail each

        waitUntil(() -> SMTP.getReceivedMessagesForDomain("al.example.vn").length >= 2, "the officers' mails");
        Thread.sleep(1500);
        assertThat(SMTP.getReceivedMessagesForDomain("al.example.vn"))
                .extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("can.bo.xa@al.example.vn", "CAN.BO.HUYEN@al.example.vn");
        MimeMessage mail = SMTP.getReceivedMessagesForDomain("al.example.vn")[0];
        assertThat(mail.getSubject()).isEqualTo("[Cảnh báo] Mực nước sông Cấm vượt báo động II");
        String time =
                DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(opened.atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(((String) mail.getContent()).replace("\r\n", "\n"))
                .contains("Kính gửi Người thử al.", "Đơn vị: Xã Cấm Sơn thử")
                .contains("Mức độ: Cảnh báo — cấp II")
                .contains("Nguyên nhân: Trạm Cấm Sơn đo 3,62 m, trên mức báo động II (3,5 m)")
                .contains("Thời điểm: " + time)
                .contains("https://ioc.example.vn/sensors/TRAM-CAM-SON");
        // the duty officer's fixed address too, each address once
        assertThat(jdbc.sql("SELECT target, status FROM alert_delivery WHERE event_id = :e AND channel = 'EMAIL'")
                        .param("e", alert.eventId())
                        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                        .list())
                .containsExactlyInAnyOrder(
                        "can.bo.xa@al.example.vn SENT", "can.bo.huyen@al.example.vn SENT", DUTY + " SENT");
    }

    @Test
    void aWebhookRegisteredThroughTheApiReceivesASignedJsonBody() throws Exception {
        String secret = register("Trung tâm PCTT", "/pctt", "WARNING");
        AlertRaised alert = raised(EVENT_IDS.incrementAndGet(), AlertSeverity.CRITICAL, null, Instant.now());
        publish(alert);

        waitUntil(() -> !received.isEmpty(), "a webhook call");
        Received call = received.poll();
        String timestamp = call.header("X-ToanCanh-Timestamp");
        assertThat(call.header("X-ToanCanh-Signature"))
                .isEqualTo("sha256=" + hmac(secret, timestamp + "." + call.body()));
        assertThat(Math.abs(Long.parseLong(timestamp) - Instant.now().getEpochSecond()))
                .isLessThan(60);
        assertThat(call.header("X-ToanCanh-Event")).isEqualTo("alert.raised");
        assertThat(call.header("X-ToanCanh-Delivery")).matches("\\d+");
        assertThat(call.header("Content-Type")).startsWith("application/json");
        JsonNode body = json.readTree(call.body());
        assertThat(body.get("event").asString()).isEqualTo("alert.raised");
        assertThat(body.get("id").asLong()).isEqualTo(alert.eventId());
        assertThat(body.get("rule").asString()).isEqualTo("FLOOD-CAM");
        assertThat(body.get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(body.get("level").asInt()).isEqualTo(2);
        assertThat(body.get("title").asString()).isEqualTo("Mực nước sông Cấm vượt báo động II");
        assertThat(body.get("cause").asString()).contains("3,62 m");
        assertThat(body.get("link").asString()).isEqualTo("https://ioc.example.vn/sensors/TRAM-CAM-SON");
        assertThat(Instant.parse(body.get("at").asString())).isEqualTo(alert.openedAt());

        // resolving it is announced too
        publish(new AlertResolved(
                alert.eventId(), "FLOOD-CAM", AlertSeverity.CRITICAL, null, alert.title(), Instant.now(), "system"));
        waitUntil(() -> !received.isEmpty(), "the resolution");
        Received resolved = received.poll();
        assertThat(resolved.header("X-ToanCanh-Event")).isEqualTo("alert.resolved");
        assertThat(json.readTree(resolved.body()).get("by").asString()).isEqualTo("system");
        assertThat(resolved.header("X-ToanCanh-Signature"))
                .isEqualTo("sha256=" + hmac(secret, resolved.header("X-ToanCanh-Timestamp") + "." + resolved.body()));
    }

    @Test
    void aFailedCallIsTriedAgainUntilTheReceiverAccepts() throws Exception {
        register("Hệ thống tạm lỗi", "/flaky", "INFO");
        answers.add(500);
        AlertRaised alert = raised(EVENT_IDS.incrementAndGet(), AlertSeverity.INFO, null, Instant.now());
        publish(alert);

        waitUntil(() -> "SENT".equals(deliveryStatus(alert.eventId())), "the delivery to be sent");
        assertThat(calls.get()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT attempts FROM alert_delivery WHERE event_id = :e AND channel = 'WEBHOOK'")
                        .param("e", alert.eventId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        HttpResponse<String> list = http.json("GET", "/api/alerts/webhooks", admin, null);
        JsonNode webhook = json.readTree(list.body()).get(0);
        assertThat(webhook.get("sent").asLong()).isEqualTo(1);
        assertThat(webhook.get("lastStatus").asString()).isEqualTo("SENT");
        assertThat(webhook.has("secret")).isFalse();
        assertThat(list.body()).doesNotContain("secret");
    }

    @Test
    void aWebhookForCriticalAlertsHearsNothingOfAWarning() throws Exception {
        register("Chỉ khẩn cấp", "/critical", "CRITICAL");
        register("Mọi cảnh báo", "/all", "INFO");
        AlertRaised alert = raised(EVENT_IDS.incrementAndGet(), AlertSeverity.WARNING, null, Instant.now());
        publish(alert);

        waitUntil(() -> !received.isEmpty(), "the call to the INFO webhook");
        Thread.sleep(1000);
        assertThat(received)
                .extracting(r -> json.readTree(r.body()).get("id").asLong())
                .containsExactly(alert.eventId());
        assertThat(jdbc.sql("SELECT count(*) FROM alert_delivery WHERE event_id = :e AND channel = 'WEBHOOK'")
                        .param("e", alert.eventId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void badInputIsAnsweredWithProblemDetailsAndOnlyAdminsMayManageWebhooks() throws Exception {
        HttpResponse<String> bad = http.json(
                "POST",
                "/api/alerts/webhooks",
                admin,
                "{\"name\":\"\",\"url\":\"ftp://example.vn/x\",\"minSeverity\":\"LOUD\",\"secret\":\"short\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(bad.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:toancanh:problem:invalid-input");
        assertThat(problem.get("errors"))
                .extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("name", "url", "minSeverity", "secret");
        assertThat(bad.body()).contains("http:// hoặc https://");

        // the page shows the reason beside the field, and a new secret once
        HttpResponse<String> form = http.form(
                "/alerts/webhooks",
                admin,
                Map.of("name", "Sai địa chỉ", "url", "khong-phai-url", "minSeverity", "INFO"));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"url-error\"", "is-invalid");
        HttpResponse<String> created = http.form(
                "/alerts/webhooks",
                admin,
                Map.of("name", "Qua trang", "url", "http://127.0.0.1:9/x", "minSeverity", "CRITICAL"));
        assertThat(created.body()).contains("id=\"new-secret\"");
        assertThat(http.page("/alerts/webhooks", admin).body())
                .contains("Qua trang")
                .doesNotContain("id=\"new-secret\"");

        TestUsers.ensure(users, jdbc, "al.officer", Role.DEPARTMENT_OFFICER, "T-AL-DEP");
        String officer = TestHttp.basic("al.officer", TestUsers.PASSWORD);
        assertThat(http.json("GET", "/api/alerts/webhooks", officer, null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> denied =
                http.json("POST", "/api/alerts/webhooks", officer, "{\"name\":\"x\",\"url\":\"https://example.vn\"}");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(http.page("/alerts/webhooks", officer).statusCode()).isEqualTo(403);
        long id = json.readTree(
                        http.json("GET", "/api/alerts/webhooks", admin, null).body())
                .get(0)
                .get("id")
                .asLong();
        assertThat(http.json("DELETE", "/api/alerts/webhooks/" + id, officer, null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.json("DELETE", "/api/alerts/webhooks/" + id, admin, null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(http.json("DELETE", "/api/alerts/webhooks/" + id, admin, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'alert_webhook' AND entity_key = :k")
                        .param("k", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private String register(String name, String path, String minSeverity) {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
        HttpResponse<String> response = http.json(
                "POST",
                "/api/alerts/webhooks",
                admin,
                "{\"name\":\"" + name + "\",\"url\":\"" + url + "\",\"minSeverity\":\"" + minSeverity + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = json.readTree(response.body());
        assertThat(created.get("webhook").get("url").asString()).isEqualTo(url);
        String secret = created.get("secret").asString();
        assertThat(secret).hasSize(43);
        return secret;
    }

    private void officer(String username, Role role, String unitCode, String email) {
        TestUsers.ensure(users, jdbc, username, role, unitCode);
        jdbc.sql("UPDATE app_user SET email = :e WHERE username = :u")
                .param("e", email)
                .param("u", username)
                .update();
    }

    private static AlertRaised raised(long id, AlertSeverity severity, Long unitId, Instant at) {
        return new AlertRaised(
                id,
                "FLOOD-CAM",
                "Báo động lũ sông Cấm",
                severity,
                2,
                unitId,
                unitId == null ? null : "Xã Cấm Sơn thử",
                "Mực nước sông Cấm vượt báo động II",
                "Trạm Cấm Sơn đo 3,62 m, trên mức báo động II (3,5 m)",
                "/sensors/TRAM-CAM-SON",
                at,
                false);
    }

    private void publish(Object event) {
        tx.executeWithoutResult(s -> events.publishEvent(event));
    }

    private String deliveryStatus(long eventId) {
        return jdbc.sql("SELECT status FROM alert_delivery WHERE event_id = :e AND channel = 'WEBHOOK'")
                .param("e", eventId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private static String hmac(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
