package vn.toancanh.exchange;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * A DHIS2 stand-in on 127.0.0.1 under the context path {@code /dhis}: answers {@code /dhis/api/dataValueSets.json}
 * only to the expected Authorization header (401 otherwise, as DHIS2 does), and records every request it gets.
 */
final class FakeDhis2 implements AutoCloseable {

    record Request(
            String path,
            Map<String, List<String>> query,
            @Nullable String authorization) {

        List<String> all(String name) {
            return query.getOrDefault(name, List.of());
        }

        @Nullable
        String one(String name) {
            List<String> values = all(name);
            return values.isEmpty() ? null : values.get(0);
        }
    }

    record Answer(
            int status,
            String contentType,
            String body,
            @Nullable String location) {

        static Answer json(String body) {
            return new Answer(200, "application/json;charset=UTF-8", body, null);
        }
    }

    private final HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    volatile String expectedAuthorization = "";
    volatile Answer answer = Answer.json("{\"dataValues\":[]}");

    FakeDhis2() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/dhis", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(new Request(
                    exchange.getRequestURI().getPath(),
                    query(exchange.getRequestURI().getRawQuery()),
                    auth));
            Answer a = !expectedAuthorization.equals(auth)
                    ? new Answer(401, "application/json", "{\"httpStatusCode\":401,\"status\":\"ERROR\"}", null)
                    : !exchange.getRequestURI().getPath().equals("/dhis/api/dataValueSets.json")
                            ? new Answer(404, "text/html", "<html>Not found</html>", null)
                            : answer;
            byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", a.contentType());
            if (a.location() != null) {
                exchange.getResponseHeaders().add("Location", a.location());
            }
            exchange.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/dhis";
    }

    String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    Request last() {
        return requests.get(requests.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static Map<String, List<String>> query(@Nullable String raw) {
        Map<String, List<String>> query = new java.util.LinkedHashMap<>();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }
}
