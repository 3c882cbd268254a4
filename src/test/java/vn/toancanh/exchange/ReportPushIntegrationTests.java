package vn.toancanh.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.analytics.AnalyticsFixture;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.exchange.internal.ClientInput;
import vn.toancanh.exchange.internal.ClientService;
import vn.toancanh.exchange.internal.SubscriptionService;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.reports.ReportTemplateInput;
import vn.toancanh.reports.TemplateBlock;
import vn.toancanh.shared.WebhookSignature;

/** A subscription that chose reports receives a signed report.issued webhook when a report is generated. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"toancanh.exchange.retry-base=PT0.3S", "toancanh.exchange.poll-every=PT0.2S"})
class ReportPushIntegrationTests {

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

    @Autowired
    DataValueService values;

    @Autowired
    AnalyticsService analytics;

    @Autowired
    JsonMapper json;

    HttpServer receiver;
    final List<Map.Entry<Map<String, String>, String>> received = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aReportGeneratedThroughTheApiIsPushedSignedToSubscribersThatChoseReports() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
            received.add(Map.entry(headers, body));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        AnalyticsFixture f = new AnalyticsFixture(jdbc, values, analytics);
        TestUsers.ensure(users, jdbc, "rp.admin", Role.ADMIN, null);
        String admin = TestHttp.basic("rp.admin", TestUsers.PASSWORD);
        TestHttp http = new TestHttp(port);
        long client = clients.create(new ClientInput(
                "Hệ thống báo cáo " + f.code("X") + System.nanoTime(),
                "Sở Thông tin",
                "Nguyễn Văn A",
                "a@example.vn",
                "0225 3835 123",
                "Thử nghiệm",
                true));
        SubscriptionService.CreatedSubscription wants = subscriptions.create(client, hook, "", false, true);
        SubscriptionService.CreatedSubscription notWanted = subscriptions.create(client, hook, "", false, false);
        long before = deliveries(notWanted.id());

        String code = f.code("BC");
        HttpResponse<String> created = http.json(
                "POST",
                "/api/reports/templates",
                admin,
                json.writeValueAsString(new ReportTemplateInput(
                        code,
                        "Báo cáo tháng",
                        "MONTHLY",
                        f.code("D"),
                        null,
                        List.of(),
                        true,
                        List.of(TemplateBlock.text("I. CHUNG", "Trong {{ky}}, {{donvi}}.")))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> generated =
                http.json("POST", "/api/reports/templates/" + code + "/generate?period=202603", admin, null);
        assertThat(generated.statusCode()).as(generated.body()).isEqualTo(201);
        long id = json.readTree(generated.body()).get("id").asLong();

        long until = System.currentTimeMillis() + 20_000;
        while (received.stream().noneMatch(r -> r.getValue().contains("report.issued"))) {
            assertThat(System.currentTimeMillis()).as("webhook within 20 s").isLessThan(until);
            Thread.sleep(100);
        }
        Map.Entry<Map<String, String>, String> hit = received.stream()
                .filter(r -> r.getValue().contains("report.issued"))
                .findFirst()
                .orElseThrow();
        JsonNode body = json.readTree(hit.getValue());
        assertThat(body.get("event").asString()).isEqualTo("report.issued");
        assertThat(body.get("report").get("id").asLong()).isEqualTo(id);
        assertThat(body.get("report").get("template").asString()).isEqualTo(code);
        assertThat(body.get("report").get("period").asString()).isEqualTo("202603");
        assertThat(body.get("report").get("links").get("pdf").asString())
                .isEqualTo("/api/reports/library/" + id + "/file.pdf");
        assertThat(hit.getKey().get("X-toancanh-event")).isEqualTo("report.issued");
        long timestamp = Long.parseLong(hit.getKey().get("X-toancanh-timestamp"));
        assertThat(hit.getKey().get("X-toancanh-signature"))
                .isEqualTo(WebhookSignature.sign(wants.secret(), timestamp, hit.getValue()));
        assertThat(deliveries(wants.id())).isEqualTo(1);
        assertThat(deliveries(notWanted.id())).isEqualTo(before);
    }

    private long deliveries(long subscription) {
        return jdbc.sql("SELECT count(*) FROM exchange_delivery WHERE subscription_id = :s AND event = 'report.issued'")
                .param("s", subscription)
                .query(Long.class)
                .single();
    }
}
