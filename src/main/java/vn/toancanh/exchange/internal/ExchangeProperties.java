package vn.toancanh.exchange.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code toancanh.exchange.*}: key lifetime proposed by the form, webhook delivery (batch size, timeout, retries with
 * exponential backoff from {@code retryBase}, after {@code maxAttempts} a delivery becomes a dead letter) and how often
 * pending deliveries are looked for.
 */
@ConfigurationProperties("toancanh.exchange")
public record ExchangeProperties(
        @DefaultValue("365") int keyDays,
        @DefaultValue("120") int ratePerMinute,
        @DefaultValue("500") int batchSize,
        @DefaultValue("PT10S") Duration timeout,
        @DefaultValue("PT30S") Duration retryBase,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT1S") Duration pollEvery) {}
