package vn.toancanh.alerts.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.shared.WebhookSignature;

/**
 * Posts a signed JSON body to a webhook. Redirects are not followed (a signed call goes where it was registered);
 * any 2xx answer counts as received.
 */
@Component
class WebhookClient {

    private final HttpClient http;
    private final AlertNotificationProperties properties;

    WebhookClient(AlertNotificationProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.delivery().timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Sends the body; returns null when the receiver answered 2xx, otherwise why not (no secret, no header). */
    @Nullable
    String post(String url, String secret, long deliveryId, String event, String body) {
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(properties.delivery().timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "ToanCanh-Webhook/1")
                .header("X-ToanCanh-Event", event)
                .header("X-ToanCanh-Delivery", String.valueOf(deliveryId))
                .header("X-ToanCanh-Timestamp", String.valueOf(timestamp))
                .header("X-ToanCanh-Signature", WebhookSignature.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "HTTP " + status;
        } catch (ConnectException e) {
            return "Không kết nối được tới máy nhận";
        } catch (HttpTimeoutException e) {
            return "Hết thời gian chờ (" + properties.delivery().timeout().toSeconds() + " s)";
        } catch (IOException | IllegalArgumentException e) {
            return "Không gửi được: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " — " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Bị ngắt khi đang gửi";
        }
    }
}
