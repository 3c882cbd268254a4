package vn.toancanh.alerts.web;

import org.jspecify.annotations.Nullable;
import vn.toancanh.alerts.internal.WebhookInput;

/** A new subscription; {@code secret} may be left out to have one generated. */
record WebhookRequest(
        @Nullable String name,
        @Nullable String url,
        @Nullable String minSeverity,
        @Nullable String secret) {

    WebhookInput toInput() {
        return new WebhookInput(name, url, minSeverity, secret);
    }
}
