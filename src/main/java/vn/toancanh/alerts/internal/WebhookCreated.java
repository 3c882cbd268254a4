package vn.toancanh.alerts.internal;

/** A subscription just created, with its secret: the only time the secret leaves the server. */
public record WebhookCreated(WebhookView webhook, String secret) {}
