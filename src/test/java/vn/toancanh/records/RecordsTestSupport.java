package vn.toancanh.records;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.identity.TestHttp;

/** Multipart calls to the records API and waiting for the background job. */
final class RecordsTestSupport {

    /** A file part: field name, file name, bytes. */
    record Part(String field, String fileName, byte[] content) {}

    private final String base;
    private final JsonMapper json;
    private final HttpClient client = HttpClient.newHttpClient();

    RecordsTestSupport(int port, JsonMapper json) {
        this.base = "http://localhost:" + port;
        this.json = json;
    }

    HttpResponse<String> multipart(String path, String auth, Map<String, String> fields, List<Part> files) {
        String boundary = "----toancanh" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((k, v) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        for (Part p : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.field()
                            + "\"; filename=\"" + p.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(p.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", auth)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (up to {@code seconds}) until the record's OCR status is no longer queued or running. */
    JsonNode awaitSettled(TestHttp http, String auth, String code, int seconds) throws InterruptedException {
        JsonNode record = null;
        for (int i = 0; i < seconds * 4; i++) {
            record = json.readTree(
                    http.json("GET", "/api/records/" + code, auth, null).body());
            String status = record.get("ocrStatus").asString();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return record;
            }
            Thread.sleep(250);
        }
        return record;
    }

    static List<String> codes(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get("code").asString()));
        return out;
    }

    static boolean tesseractInstalled() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 && out.lines().anyMatch(l -> l.strip().equals("vie"));
        } catch (Exception e) {
            return false;
        }
    }
}
