package vn.toancanh.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen's form upload over the limit (a phone without script, so nothing checked the size first) gets 413 and a
 * page in Vietnamese or English saying the limit and leading back, not the container's English error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OversizedUploadIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aFormUploadOverTheLimitGetsAPageInTheReadersLanguage() throws Exception {
        HttpResponse<String> vi = post(null);
        assertThat(vi.statusCode()).isEqualTo(413);
        assertThat(vi.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(vi.body())
                .contains("lang=\"vi\"", "Tệp quá lớn", "tối đa 50 MB", "Chưa có gì được lưu")
                .contains("href=\"/portal/feedback\"")
                .doesNotContain("Payload Too Large");

        HttpResponse<String> en = post("toancanh-lang=en");
        assertThat(en.statusCode()).isEqualTo(413);
        assertThat(en.body()).contains("lang=\"en\"", "File too large", "at most 50 MB");
    }

    private HttpResponse<String> post(String cookie) throws Exception {
        String boundary = "----toancanh-too-large";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n"
                        + "Ổ gà lớn giữa đường\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"anh.jpg\"\r\n"
                        + "Content-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[51 * 1024 * 1024]);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/portal/feedback"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Referer", "http://localhost:" + port + "/portal/feedback")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
