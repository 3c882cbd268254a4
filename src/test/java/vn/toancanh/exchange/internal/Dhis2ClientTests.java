package vn.toancanh.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** The HTTP edge of a DHIS2 pull, against a local server: timeouts, the size cap, redirects kept on the host. */
class Dhis2ClientTests {

    private final Dhis2Client client = new Dhis2Client(
            new Dhis2Properties(Duration.ofSeconds(2), Duration.ofMillis(700), DataSize.ofKilobytes(1)));
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aSlowAnswerIsATimeout() {
        start(exchange -> {
            sleep(2_000);
            answer(exchange, 200, "{}");
        });
        assertThatThrownBy(() -> client.fetch(query())).isInstanceOfSatisfying(Dhis2RemoteException.class, e -> {
            assertThat(e.getStatusCode().value()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT.value());
            assertThat(e.problem().reason()).contains("Hết thời gian chờ");
        });
    }

    @Test
    void aBodyThatTricklesInIsATimeoutToo() {
        start(exchange -> {
            try {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, 100);
                exchange.getResponseBody().write('{');
                exchange.getResponseBody().flush();
                sleep(3_000);
            } catch (IOException e) {
                // The client gave up, as it should.
            } finally {
                exchange.close();
            }
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> client.fetch(query()))
                .isInstanceOfSatisfying(
                        Dhis2RemoteException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT.value()));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void dhis2sOwnReasonForRefusingTheQueryIsPassedOn() {
        start(exchange ->
                answer(exchange, 409, "{\"httpStatus\":\"Conflict\",\"message\":\"Data set does not exist: `DS`\"}"));
        assertThatThrownBy(() -> client.fetch(query()))
                .isInstanceOfSatisfying(
                        Dhis2RemoteException.class,
                        e -> assertThat(e.problem())
                                .satisfies(p -> assertThat(p.field()).isEqualTo("dataSet"))
                                .satisfies(p ->
                                        assertThat(p.reason()).contains("(DHIS2: Data set does not exist: `DS`)")));
    }

    @Test
    void anAnswerOverTheCapIsRefused() {
        start(exchange -> answer(exchange, 200, "{\"dataValues\":[" + "{},".repeat(600) + "{}]}"));
        assertThatThrownBy(() -> client.fetch(query()))
                .isInstanceOfSatisfying(
                        Dhis2RemoteException.class,
                        e -> assertThat(e.problem().reason()).contains("vượt quá"));
    }

    @Test
    void aRedirectOnTheSameHostIsFollowedWithTheCredentials() {
        start(exchange -> {
            if (exchange.getRequestURI().getPath().startsWith("/old/")) {
                exchange.getResponseHeaders().add("Location", "/new/api/dataValueSets.json?dataSet=DS");
                answer(exchange, 301, "");
            } else {
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                answer(exchange, "ApiToken d2pat_abcdefghij0123".equals(auth) ? 200 : 401, "{\"dataValues\":[]}");
            }
        });
        assertThat(new String(client.fetch(query()), StandardCharsets.UTF_8)).contains("dataValues");
    }

    private Dhis2Query query() {
        return new Dhis2Query(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/old/"),
                Dhis2Credentials.accessToken("d2pat_abcdefghij0123"),
                "dataSet",
                "DS",
                List.of("202611"),
                "OU",
                true,
                "CODE",
                false);
    }

    private void start(Consumer<HttpExchange> handler) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", handler::accept);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    private static void answer(HttpExchange exchange, int status, String body) {
        try {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        } catch (IOException e) {
            // The client may have given up already (the timeout test); nothing to answer then.
        } finally {
            exchange.close();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
