package vn.toancanh.alerts.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.alerts.internal.WebhookCreated;
import vn.toancanh.alerts.internal.WebhookService;

/**
 * Webhook subscriptions for scripts, admins only. The secret is in the answer to the creation and nowhere else; a
 * receiver checks each call's {@code X-ToanCanh-Signature} with it (README, "Alert notifications").
 */
@RestController
@RequestMapping("/api/alerts/webhooks")
@PreAuthorize("hasRole('ADMIN')")
class WebhookApiController {

    private final WebhookService webhooks;

    WebhookApiController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping
    List<WebhookResponse> list() {
        return webhooks.list().stream().map(WebhookResponse::from).toList();
    }

    @GetMapping("/{id}")
    WebhookResponse get(@PathVariable long id) {
        return WebhookResponse.from(webhooks.get(id));
    }

    /** {@code POST /api/alerts/webhooks {"name": "…", "url": "https://…", "minSeverity": "WARNING"}} */
    @PostMapping
    ResponseEntity<WebhookCreatedResponse> create(@RequestBody WebhookRequest request) {
        WebhookCreated created = webhooks.create(request.toInput());
        return ResponseEntity.created(
                        URI.create("/api/alerts/webhooks/" + created.webhook().id()))
                .body(WebhookCreatedResponse.from(created));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        webhooks.delete(id);
        return ResponseEntity.noContent().build();
    }
}
