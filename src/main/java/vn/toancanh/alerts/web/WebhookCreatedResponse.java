package vn.toancanh.alerts.web;

import vn.toancanh.alerts.internal.WebhookCreated;

/** The answer to a creation: the subscription and its secret, which is not shown again. */
record WebhookCreatedResponse(WebhookResponse webhook, String secret) {

    static WebhookCreatedResponse from(WebhookCreated c) {
        return new WebhookCreatedResponse(WebhookResponse.from(c.webhook()), c.secret());
    }
}
