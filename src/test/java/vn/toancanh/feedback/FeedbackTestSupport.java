package vn.toancanh.feedback;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fixture categories, Open311 keys and plain HTTP calls for the feedback tests (no login, as citizens and apps). */
final class FeedbackTestSupport {

    private final JdbcClient jdbc;
    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    FeedbackTestSupport(JdbcClient jdbc, int port) {
        this.jdbc = jdbc;
        this.base = "http://127.0.0.1:" + port;
    }

    /** A category with a deadline, a handling unit (or none) and, optionally, two questions. */
    long category(String code, String name, int slaHours, Long unitId, boolean withAttributes, boolean active) {
        long id = jdbc.sql("""
                        INSERT INTO feedback_category (code, name, description, group_name, keywords, sla_hours,
                                                       default_unit_id, active)
                        VALUES (:c, :n, :d, 'Thử', 'thử, kiểm tra', :sla, :u, :a)
                        ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id""")
                .param("c", code)
                .param("n", name)
                .param("d", "Mô tả " + name)
                .param("sla", slaHours)
                .param("u", unitId)
                .param("a", active)
                .query(Long.class)
                .single();
        if (withAttributes) {
            jdbc.sql("""
                            INSERT INTO feedback_category_attribute (category_id, code, datatype, required, description,
                                                                     position, value_list)
                            VALUES (:id, 'muc_do', 'singlevaluelist', TRUE, 'Mức độ', 1,
                                    '[{"key":"nho","name":"Nhỏ"},{"key":"nang","name":"Nặng"}]'),
                                   (:id, 'loai', 'multivaluelist', FALSE, 'Loại hư hỏng', 2,
                                    '[{"key":"o_ga","name":"Ổ gà"},{"key":"nut","name":"Nứt"}]'),
                                   (:id, 'so_met', 'number', FALSE, 'Chiều dài (m)', 3, '[]')
                            ON CONFLICT DO NOTHING""").param("id", id).update();
        }
        return id;
    }

    /** An active Open311 key for an app, stored hashed as the admin page would. */
    String apiKey(String app) throws Exception {
        String key = "o311_test_" + UUID.randomUUID().toString().replace("-", "");
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        jdbc.sql("INSERT INTO feedback_api_key (name, key_hash, key_prefix, created_by) VALUES (:n, :h, :p, 'test')")
                .param("n", app)
                .param("h", hash)
                .param("p", key.substring(0, 9))
                .update();
        return key;
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post as 311 apps send it; a field may repeat (multi-value attributes). */
    HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) throws Exception {
        String body = fields.stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart post, as apps send a photo: the fields, then one file part. */
    HttpResponse<String> multipart(
            String path,
            List<Map.Entry<String, String>> fields,
            String fileField,
            String fileName,
            String type,
            byte[] content)
            throws Exception {
        String boundary = "----toancanh" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                            + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
