package vn.toancanh.bench;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.exchange.internal.ClientInput;
import vn.toancanh.exchange.internal.ClientService;
import vn.toancanh.exchange.internal.KeyInput;
import vn.toancanh.exchange.internal.SubscriptionService;
import vn.toancanh.support.FixtureUnits;

/**
 * The exchange figures ({@code ./mvnw -Pbench test -Dbench.part=exchange}): values per second pulled through
 * {@code /api/dataValueSets} with a client key (scope checked, access logged), and values per second pushed to a
 * subscriber on 127.0.0.1, from the import's commit until the last value has arrived. Its own small catalog:
 * {@code bench.exchangeItems} items (300) × 16 communes × 12 months. Baselines in the same run: the same pull with an
 * admin's personal token (no client scope, rate or access log), and the import that the push delivers.
 */
final class BenchExchange {

    private static final Pattern VALUE_COUNT = Pattern.compile("\"value\"");

    private final ConfigurableApplicationContext app;
    private final BenchHttp admin;
    private final String adminAuthorization;
    private final int port;
    private final BenchReport report;

    BenchExchange(
            ConfigurableApplicationContext app,
            BenchHttp admin,
            String adminAuthorization,
            int port,
            BenchReport report) {
        this.app = app;
        this.admin = admin;
        this.adminAuthorization = adminAuthorization;
        this.port = port;
        this.report = report;
    }

    void run() throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        int items = Integer.getInteger("bench.exchangeItems", 300);
        long district = FixtureUnits.insert(jdbc, "XB-D", "Huyện thử", "DISTRICT", 1, null, null);
        for (int c = 0; c < 16; c++) {
            FixtureUnits.insert(jdbc, "XB-C" + c, "Xã thử " + c, "COMMUNE", 2, district, null);
        }
        long domain = jdbc.sql("INSERT INTO data_domain (code, name) VALUES ('XB-DOM', 'Thử') RETURNING id")
                .query(Long.class)
                .single();
        long sector = jdbc.sql(
                        "INSERT INTO data_sector (code, domain_id, name) VALUES ('XB-SEC', :d, 'Thử') RETURNING id")
                .param("d", domain)
                .query(Long.class)
                .single();
        long group = jdbc.sql("INSERT INTO data_group (code, sector_id, name) VALUES ('XB-G', :s, 'Thử') RETURNING id")
                .param("s", sector)
                .query(Long.class)
                .single();
        for (int i = 0; i < items; i++) {
            jdbc.sql("""
                    INSERT INTO data_item (code, group_id, name, value_type, aggregation_type, time_aggregation_type,
                                           period_type, category_combo_id, sharing, active)
                    VALUES (:c, :g, :c, 'NUMBER', 'SUM', 'SUM', 'MONTHLY', 0, 'INTERNAL', true)""").param("c", "XB-I" + i).param("g", group).update();
        }
        admin.importValues(values(items, 2025, 0), "application/json", "");
        long stored = (long) items * 16 * 12;

        ClientService clients = app.getBean(ClientService.class);
        long client = clients.create(new ClientInput("Benchmark", null, null, null, null, null, true));
        String key = clients.issue(
                        client, new KeyInput(true, false, "XB-G", "XB-D", List.of("DATA_VALUES"), null, 100_000))
                .key();
        // both ways once unmeasured, so neither pays the JIT's warm-up for the other
        pull(null, adminAuthorization, stored);
        pull(null, "Bearer " + key, stored);
        pull("exchangePullBaseline", adminAuthorization, stored);
        pull("exchangePull", "Bearer " + key, stored);
        report.put(
                "exchangePullRatio",
                Math.round(100.0
                                * report.number("exchangePullValuesPerSecond")
                                / report.number("exchangePullBaselineValuesPerSecond"))
                        / 100.0);
        push(client, items);
        report.put(
                "exchangePushRatio",
                Math.round(100.0
                                * report.number("exchangePushValuesPerSecond")
                                / report.number("exchangePushImportValuesPerSecond"))
                        / 100.0);
    }

    /** Pulls the group {@code bench.exchangeRounds} times; reports the rate under {@code name} unless it is null. */
    private void pull(@Nullable String name, String authorization, long stored) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(
                                "http://127.0.0.1:" + port
                                        + "/api/dataValueSets?dataGroup=XB-G&orgUnit=XB-D&children=true&startDate=2025-01-01&endDate=2025-12-31"))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .build();
        for (int i = 0; i < 3; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofString()); // warm-up
        }
        int rounds = Integer.getInteger("bench.exchangeRounds", 10);
        long values = 0;
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("pull answered " + response.statusCode() + ": " + response.body());
            }
            Matcher m = VALUE_COUNT.matcher(response.body());
            while (m.find()) {
                values++;
            }
        }
        long nanos = System.nanoTime() - started;
        if (values != stored * rounds) {
            throw new IllegalStateException("pulled " + values + " values, expected " + stored * rounds);
        }
        if (name != null) {
            report.rate(name, values, nanos);
        }
    }

    private void push(long client, int items) throws Exception {
        AtomicLong received = new AtomicLong();
        AtomicLong lastAt = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\"dataElement\"").matcher(body);
            long n = 0;
            while (m.find()) {
                n++;
            }
            received.addAndGet(n);
            lastAt.set(System.nanoTime());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            app.getBean(SubscriptionService.class)
                    .create(client, "http://127.0.0.1:" + server.getAddress().getPort() + "/hook", "XB-G", false);
            long expected = (long) items * 16 * 12;
            byte[] body = values(items, 2026, 1);
            long started = System.nanoTime();
            admin.importValues(body, "application/json", "");
            report.rate("exchangePushImport", expected, System.nanoTime() - started);
            long deadline = System.currentTimeMillis() + 300_000;
            while (received.get() < expected && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            if (received.get() < expected) {
                throw new IllegalStateException("pushed " + received.get() + " of " + expected);
            }
            report.rate("exchangePush", expected, lastAt.get() - started);
        } finally {
            server.stop(0);
        }
    }

    private static byte[] values(int items, int year, int offset) {
        StringBuilder json = new StringBuilder("{\"dataValues\":[");
        boolean first = true;
        for (int i = 0; i < items; i++) {
            for (int c = 0; c < 16; c++) {
                for (int m = 1; m <= 12; m++) {
                    json.append(first ? "" : ",")
                            .append("{\"dataElement\":\"XB-I")
                            .append(i)
                            .append("\",\"orgUnit\":\"XB-C")
                            .append(c)
                            .append("\",\"period\":\"")
                            .append(year)
                            .append(m < 10 ? "0" : "")
                            .append(m)
                            .append("\",\"value\":\"")
                            .append(i + c + m + offset)
                            .append("\"}");
                    first = false;
                }
            }
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
