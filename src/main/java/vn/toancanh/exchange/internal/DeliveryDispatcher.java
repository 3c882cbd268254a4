package vn.toancanh.exchange.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.toancanh.shared.WebhookSignature;

/**
 * Sends due deliveries: signed POSTs (HMAC-SHA256 of {@code <timestamp>.<body>} in {@code X-ToanCanh-Signature}, as
 * alerts' webhooks do). A failure is retried after {@code retryBase × 2^(attempt−1)}; after {@code maxAttempts} the
 * delivery is a dead letter an admin may send again. Deliveries are leased, so instances never send one twice at once.
 */
@Component
class DeliveryDispatcher {

    private final SubscriptionRepository deliveries;
    private final ExchangeProperties properties;
    private final HttpClient http;

    DeliveryDispatcher(SubscriptionRepository deliveries, ExchangeProperties properties) {
        this.deliveries = deliveries;
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Scheduled(fixedDelayString = "${toancanh.exchange.poll-every:PT1S}", initialDelayString = "PT2S")
    void dispatch() {
        List<SubscriptionRepository.Due> due;
        do {
            due = deliveries.claimDue(20, properties.timeout().toSeconds() * 2 + 5);
            due.forEach(this::send);
        } while (due.size() == 20);
    }

    private void send(SubscriptionRepository.Due d) {
        String error = post(d);
        if (error == null) {
            deliveries.delivered(d.id());
            return;
        }
        int attempt = d.attempts() + 1;
        Instant retryAt = attempt >= properties.maxAttempts()
                ? null
                : Instant.now().plus(properties.retryBase().multipliedBy(1L << Math.min(20, attempt - 1)));
        deliveries.failed(d.id(), error, retryAt);
    }

    private @Nullable String post(SubscriptionRepository.Due d) {
        long timestamp = Instant.now().getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(d.url()))
                    .timeout(properties.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "ToanCanh-Exchange/1")
                    .header("X-ToanCanh-Event", d.event())
                    .header("X-ToanCanh-Delivery", String.valueOf(d.id()))
                    .header("X-ToanCanh-Timestamp", String.valueOf(timestamp))
                    .header("X-ToanCanh-Signature", WebhookSignature.sign(d.secret(), timestamp, d.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8))
                    .build();
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "HTTP " + status;
        } catch (ConnectException e) {
            return "Không kết nối được tới máy nhận";
        } catch (HttpTimeoutException e) {
            return "Hết thời gian chờ ("
                    + Duration.ofSeconds(properties.timeout().toSeconds()).toSeconds() + " s)";
        } catch (IOException | IllegalArgumentException e) {
            return "Không gửi được: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Bị ngắt khi đang gửi";
        }
    }
}
