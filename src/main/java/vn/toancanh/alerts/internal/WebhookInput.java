package vn.toancanh.alerts.internal;

import org.jspecify.annotations.Nullable;

/**
 * A new webhook subscription as typed or sent; checked by {@link WebhookService#create}.
 *
 * @param minSeverity INFO, WARNING or CRITICAL: the least severe alert it receives
 * @param secret the signing secret; generated when blank
 */
public record WebhookInput(
        @Nullable String name,
        @Nullable String url,
        @Nullable String minSeverity,
        @Nullable String secret) {}
