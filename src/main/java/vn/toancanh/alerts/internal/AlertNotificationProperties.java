package vn.toancanh.alerts.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How alerts are told to people and systems. E-mails go out only when an SMTP server is configured
 * ({@code spring.mail.host}); webhooks always.
 *
 * @param baseUrl the application's public address, for the absolute links in e-mails and webhook bodies
 */
@ConfigurationProperties("toancanh.alerts")
public record AlertNotificationProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue Mail mail,
        @DefaultValue Delivery delivery) {

    /**
     * @param from the sender address
     * @param to addresses told of every raised alert besides the units' officers (the IOC duty officer), comma-separated
     */
    public record Mail(
            @DefaultValue("Toàn Cảnh <toancanh@localhost>") String from,
            @DefaultValue List<String> to) {}

    /**
     * @param interval how often due deliveries are looked for (they are also tried as soon as they are queued)
     * @param backoff the wait after the 1st, 2nd, … failed attempt; the last one repeats if there are more attempts
     * @param maxAttempts after this many failed attempts a delivery is FAILED (an admin may send it again)
     * @param timeout connect and response timeout of a webhook call
     * @param lease how long a claimed delivery is reserved for the instance sending it; longer than a call can take
     */
    public record Delivery(
            @DefaultValue("30s") Duration interval,
            @DefaultValue({"1m", "5m", "30m", "2h"}) List<Duration> backoff,
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("5s") Duration timeout,
            @DefaultValue("2m") Duration lease) {

        /** The wait after the {@code attempts}-th failure. */
        Duration backoffAfter(int attempts) {
            if (backoff.isEmpty()) {
                return Duration.ofMinutes(1);
            }
            return backoff.get(Math.min(Math.max(attempts, 1), backoff.size()) - 1);
        }
    }

    /** An absolute address for a link relative to the application ({@code /sensors/TRAM-1}). */
    String absolute(String link) {
        if (link.startsWith("http://") || link.startsWith("https://")) {
            return link;
        }
        return baseUrl.replaceAll("/+$", "") + (link.startsWith("/") ? "" : "/") + link;
    }
}
