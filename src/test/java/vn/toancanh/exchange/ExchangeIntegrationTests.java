package vn.toancanh.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.exchange.internal.ClientInput;
import vn.toancanh.exchange.internal.ClientService;
import vn.toancanh.exchange.internal.KeyInput;
import vn.toancanh.exchange.internal.SubscriptionService;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.shared.WebhookSignature;

/**
 * External systems' keys on the real pull APIs (scope, read-only, rate, revocation), the tamper-evident access log,
 * and signed webhooks with retries and dead letters, against a tiny HTTP server in the test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "toancanh.exchange.retry-base=PT0.3S",
            "toancanh.exchange.max-attempts=3",
            "toancanh.exchange.poll-every=PT0.2S"
        })
class ExchangeIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdminService users;

    @Autowired
    ClientService clients;

    @Autowired
    SubscriptionService subscriptions;

    TestHttp http;
    String admin;
    ExchangeFixture f;
    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();

    record Received(Map<String, String> headers, String body, int answered) {}

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
        TestUsers.ensure(users, jdbc, "exchange.admin", Role.ADMIN, null);
        admin = TestHttp.basic("exchange.admin", TestUsers.PASSWORD);
        f = new ExchangeFixture(jdbc);
        assertThat(write(admin, "A1", "C1", "202401", "1250").statusCode()).isEqualTo(200);
        assertThat(write(admin, "A1", "C2", "202401", "980").statusCode()).isEqualTo(200);
        assertThat(write(admin, "B1", "C1", "202401", "77").statusCode()).isEqualTo(200);
    }

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aKeyReadsInsideItsGroupsAndUnitsAndIsRefusedOutside() {
        String key = key(
                new KeyInput(true, false, f.code("GA"), f.code("C1"), List.of("DATA_VALUES", "ANALYTICS"), null, 1000));

        HttpResponse<String> inside = get(
                "/api/dataValueSets?dataGroup=" + f.code("GA") + "&orgUnit=" + f.code("C1") + "&period=202401", key);
        assertThat(inside.statusCode()).isEqualTo(200);
        assertThat(inside.body()).contains(f.code("A1")).contains("1250").doesNotContain("980");

        assertOutside(
                get(
                        "/api/dataValueSets?dataGroup=" + f.code("GB") + "&orgUnit=" + f.code("C1") + "&period=202401",
                        key),
                f.code("GB"));
        assertOutside(
                get(
                        "/api/dataValueSets?dataElement=" + f.code("B1") + "&orgUnit=" + f.code("C1")
                                + "&period=202401",
                        key),
                f.code("B1"));
        assertOutside(
                get(
                        "/api/dataValueSets?dataGroup=" + f.code("GA") + "&orgUnit=" + f.code("C2") + "&period=202401",
                        key),
                f.code("C2"));
        assertOutside(
                get(
                        "/api/dataValueSets?dataGroup=" + f.code("GA") + "&orgUnit=" + f.code("P")
                                + "&children=true&period=202401",
                        key),
                f.code("P"));

        HttpResponse<String> analytics = get(
                "/api/analytics?dimension=dx:" + f.code("A1") + "&dimension=pe:202401&filter=ou:" + f.code("C1"), key);
        assertThat(analytics.statusCode()).as(analytics.body()).isEqualTo(200);
        assertThat(analytics.body()).contains("1250");
        assertOutside(
                get(
                        "/api/analytics?dimension=dx:" + f.code("B1") + "&dimension=pe:202401&filter=ou:"
                                + f.code("C1"),
                        key),
                f.code("B1"));
        assertOutside(
                get(
                        "/api/analytics?dimension=dx:DE_GROUP-" + f.code("GA") + "&dimension=pe:202401&filter=ou:"
                                + f.code("C2"),
                        key),
                f.code("C2"));

        HttpResponse<String> family = get("/api/reportForms", key);
        assertThat(family.statusCode()).isEqualTo(403);
        assertThat(family.body()).contains("nhóm API");
    }

    @Test
    void aReadOnlyKeyCannotWriteAndAWriteKeyWritesWithinItsUnit() {
        String readOnly = key(new KeyInput(true, false, "", "", List.of("DATA_VALUES"), null, 1000));
        int before = valueCount();
        HttpResponse<String> refused = write(TestHttp.bearer(readOnly), "A1", "C1", "202402", "5");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("chỉ có quyền đọc");
        assertThat(valueCount()).isEqualTo(before);

        String writer = key(new KeyInput(true, true, "", f.code("C1"), List.of("DATA_VALUES"), null, 1000));
        assertThat(write(TestHttp.bearer(writer), "A1", "C1", "202402", "5").statusCode())
                .isEqualTo(200);
        assertThat(valueCount()).isEqualTo(before + 1);
        HttpResponse<String> otherUnit = write(TestHttp.bearer(writer), "A1", "C2", "202402", "6");
        assertThat(otherUnit.statusCode())
                .as("outside the key's unit the importer refuses")
                .isEqualTo(409);
        assertThat(valueCount()).isEqualTo(before + 1);
    }

    @Test
    void aWriteKeyLimitedToAGroupCannotWriteAnotherGroupsValues() {
        String writer = key(new KeyInput(true, true, f.code("GA"), f.code("C1"), List.of("DATA_VALUES"), null, 1000));
        int before = valueCount();
        assertThat(write(TestHttp.bearer(writer), "A1", "C1", "202405", "7").statusCode())
                .isEqualTo(200);
        HttpResponse<String> otherGroup = write(TestHttp.bearer(writer), "B1", "C1", "202405", "8");
        assertThat(otherGroup.statusCode()).as(otherGroup.body()).isEqualTo(409);
        assertThat(otherGroup.body())
                .contains(f.code("B1"))
                .contains("ngoài phạm vi của khóa")
                .contains(f.code("GA"));
        assertThat(valueCount()).isEqualTo(before + 1);
    }

    @Test
    void aKeyBeyondItsRateGets429WithRetryAfter() throws InterruptedException {
        String key = key(new KeyInput(true, false, "", "", List.of("CATALOG"), null, 3));
        if (LocalTime.now().getSecond() > 55) {
            Thread.sleep(6_000); // stay within one rate window
        }
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/domains", key).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> over = get("/api/domains", key);
        assertThat(over.statusCode()).isEqualTo(429);
        assertThat(over.headers().firstValue("Retry-After")).isPresent();
        assertThat(Integer.parseInt(over.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1, 60);
    }

    @Test
    void rotatedRevokedAndExpiredKeysGet401() {
        long client = client();
        ClientService.IssuedKey first =
                clients.issue(client, new KeyInput(true, false, "", "", List.of("CATALOG"), null, 1000));
        assertThat(get("/api/domains", first.key()).statusCode()).isEqualTo(200);

        ClientService.IssuedKey second = clients.rotate(client, first.keyId());
        assertThat(get("/api/domains", first.key()).statusCode()).isEqualTo(401);
        assertThat(get("/api/domains", second.key()).statusCode()).isEqualTo(200);

        clients.revoke(client, second.keyId());
        assertThat(get("/api/domains", second.key()).statusCode()).isEqualTo(401);

        ClientService.IssuedKey third =
                clients.issue(client, new KeyInput(true, false, "", "", List.of("CATALOG"), null, 1000));
        jdbc.sql("UPDATE exchange_key SET expires_at = now() - interval '1 second' WHERE id = :id")
                .param("id", third.keyId())
                .update();
        assertThat(get("/api/domains", third.key()).statusCode()).isEqualTo(401);
        assertThat(get("/api/domains", "tcx_not-a-real-key").statusCode()).isEqualTo(401);
    }

    @Test
    void theAccessLogChainsEveryCallAndVerifyFindsAnEntryAlteredInSql() {
        String key = key(new KeyInput(true, false, f.code("GA"), "", List.of("DATA_VALUES"), null, 1000));
        long before = logCount();
        get("/api/dataValueSets?dataGroup=" + f.code("GA") + "&orgUnit=" + f.code("C1") + "&period=202401", key);
        get("/api/dataValueSets?dataGroup=" + f.code("GB") + "&orgUnit=" + f.code("C1") + "&period=202401", key);
        assertThat(logCount()).isEqualTo(before + 2);
        Map<String, Object> last = jdbc.sql("SELECT * FROM exchange_access_log ORDER BY id DESC LIMIT 2")
                .query()
                .listOfRows()
                .get(1);
        assertThat(last.get("status")).isEqualTo(200);
        assertThat(((Number) last.get("response_bytes")).longValue()).isPositive();
        assertThat(((Number) last.get("row_count")).longValue())
                .as("the one value of A1 at C1")
                .isEqualTo(1);
        assertThat((String) last.get("path")).contains("dataGroup=" + f.code("GA"));

        HttpResponse<String> intact = http.json("GET", "/api/exchange/access-log/verify", admin, null);
        assertThat(intact.statusCode()).isEqualTo(200);
        assertThat(intact.body()).contains("\"intact\":true");

        long id = ((Number) last.get("id")).longValue();
        jdbc.sql("UPDATE exchange_access_log SET status = 500 WHERE id = :id")
                .param("id", id)
                .update();
        try {
            HttpResponse<String> broken = http.json("GET", "/api/exchange/access-log/verify", admin, null);
            assertThat(broken.body()).contains("\"intact\":false").contains("\"firstBrokenId\":" + id);
            assertThat(http.form("/exchange/log/verify", admin, Map.of()).body())
                    .contains("Nhật ký đã bị sửa: mục số " + id);
        } finally {
            jdbc.sql("UPDATE exchange_access_log SET status = 200 WHERE id = :id")
                    .param("id", id)
                    .update();
        }
        assertThat(http.json("GET", "/api/exchange/access-log/verify", admin, null)
                        .body())
                .contains("\"intact\":true");
        HttpResponse<String> csv = http.send(
                "GET",
                "/api/exchange/access-log.csv?from=" + LocalDate.now().minusDays(1) + "&status=4xx",
                admin,
                "text/csv",
                null,
                null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("dataGroup=" + f.code("GB")).doesNotContain("dataGroup=" + f.code("GA"));
    }

    @Test
    void aSubscriberReceivesASignedChangeAfterAFailedFirstAttempt() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        int receiverPort = startReceiver(() -> calls.incrementAndGet() == 1 ? 500 : 200);
        settle();
        long client = client();
        SubscriptionService.CreatedSubscription sub =
                subscriptions.create(client, "http://127.0.0.1:" + receiverPort + "/hook", f.code("GA"), false);

        assertThat(write(admin, "A1", "C1", "202403", "4321").statusCode()).isEqualTo(200);
        assertThat(write(admin, "B1", "C1", "202403", "99").statusCode()).isEqualTo(200);

        waitFor(() -> received.stream().anyMatch(r -> r.answered() == 200), 20_000);
        Received ok =
                received.stream().filter(r -> r.answered() == 200).findFirst().orElseThrow();
        assertThat(received.get(0).answered()).isEqualTo(500);
        assertThat(received.get(0).body()).isEqualTo(ok.body());
        assertThat(ok.body()).contains(f.code("A1")).contains("4321").doesNotContain(f.code("B1"));
        String timestamp = ok.headers().get("X-toancanh-timestamp");
        assertThat(ok.headers().get("X-toancanh-signature"))
                .isEqualTo(WebhookSignature.sign(sub.secret(), Long.parseLong(timestamp), ok.body()));
        assertThat(ok.headers().get("X-toancanh-signature"))
                .isNotEqualTo(WebhookSignature.sign("wrong-secret", Long.parseLong(timestamp), ok.body()));
        waitFor(() -> "DELIVERED".equals(status(sub.id())), 5_000);
        assertThat(jdbc.sql("SELECT attempts FROM exchange_delivery WHERE subscription_id = :s")
                        .param("s", sub.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aDeliveryThatKeepsFailingBecomesADeadLetterAndCanBeRetried() throws Exception {
        AtomicInteger answer = new AtomicInteger(500);
        int receiverPort = startReceiver(answer::get);
        settle();
        long client = client();
        SubscriptionService.CreatedSubscription sub =
                subscriptions.create(client, "http://127.0.0.1:" + receiverPort + "/hook", f.code("GA"), false);
        assertThat(write(admin, "A1", "C2", "202404", "12").statusCode()).isEqualTo(200);

        waitFor(() -> "DEAD".equals(status(sub.id())), 20_000);
        assertThat(received).hasSize(3);
        long delivery = jdbc.sql("SELECT id FROM exchange_delivery WHERE subscription_id = :s")
                .param("s", sub.id())
                .query(Long.class)
                .single();
        assertThat(http.page("/exchange/clients/" + client, admin).body())
                .contains("data-dead-id=\"" + delivery + "\"")
                .contains("HTTP 500");

        answer.set(200);
        HttpResponse<String> retry = http.form(
                "/exchange/clients/" + client + "/subscriptions/" + sub.id() + "/deliveries/" + delivery + "/retry",
                admin,
                Map.of());
        assertThat(retry.statusCode()).isEqualTo(302);
        waitFor(() -> "DELIVERED".equals(status(sub.id())), 10_000);
        assertThat(received).hasSize(4);
    }

    @Test
    void theClientFormShowsVietnameseErrorsBesideTheFields() {
        HttpResponse<String> page = http.form("/exchange", admin, Map.of("name", " ", "contactEmail", "khong-hop-le"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"name-error\"")
                .contains("Vui lòng nhập tên hệ thống")
                .contains("Địa chỉ thư điện tử không hợp lệ");
        long client = client();
        HttpResponse<String> keyErrors = http.form(
                "/exchange/clients/" + client + "/keys",
                admin,
                Map.of("write", "true", "ratePerMinute", "0", "dataGroups", "KHONG-CO"));
        assertThat(keyErrors.body())
                .contains("Khóa có quyền ghi phải giới hạn trong một đơn vị")
                .contains("Chọn ít nhất một nhóm API")
                .contains("Không có nhóm dữ liệu mã")
                .contains("Số lượt mỗi phút từ 1 đến 100.000");
        assertThat(http.page("/exchange", TestHttp.basic("exchange.admin", TestUsers.PASSWORD))
                        .body())
                .contains("Hệ thống " + f.p);
    }

    private long client() {
        return clients.create(new ClientInput(
                "Hệ thống " + f.p + System.nanoTime(),
                "Sở Thông tin",
                "Nguyễn Văn A",
                "a@example.vn",
                "0225 3835 123",
                "Thử nghiệm",
                true));
    }

    private String key(KeyInput input) {
        return clients.issue(client(), input).key();
    }

    private HttpResponse<String> get(String path, String key) {
        return http.json("GET", path, TestHttp.bearer(key), null);
    }

    private HttpResponse<String> write(String auth, String item, String unit, String period, String value) {
        return http.json("POST", "/api/dataValueSets", auth, f.values(item, unit, period, value));
    }

    private static void assertOutside(HttpResponse<String> response, String named) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(response.body()).contains(named).contains("ngoài phạm vi");
    }

    private int valueCount() {
        return jdbc.sql("SELECT count(*) FROM data_value v JOIN data_item i ON i.id = v.item_id WHERE i.code LIKE :p")
                .param("p", f.p + "%")
                .query(Integer.class)
                .single();
    }

    private long logCount() {
        return jdbc.sql("SELECT count(*) FROM exchange_access_log")
                .query(Long.class)
                .single();
    }

    private String status(long subscription) {
        return jdbc.sql(
                        "SELECT coalesce(string_agg(status, ','), '') FROM exchange_delivery WHERE subscription_id = :s")
                .param("s", subscription)
                .query(String.class)
                .single();
    }

    /** Waits until the set-up's writes have reached every listener, so a new subscription sees only later ones. */
    private void settle() throws InterruptedException {
        waitFor(
                () -> jdbc.sql(
                                        "SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE '%exchange.internal.ChangeListener%'")
                                .query(Long.class)
                                .single()
                        == 0,
                20_000);
    }

    private int startReceiver(IntSupplier answer) throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = answer.getAsInt();
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
            received.add(new Received(headers, body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        return receiver.getAddress().getPort();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("condition not met within " + millis + " ms");
            }
            Thread.sleep(100);
        }
    }
}
