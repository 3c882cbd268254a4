package vn.toancanh.alerts.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.alerts.AlertSeverity;
import vn.toancanh.alerts.internal.AlertNotificationRepository.Channel;
import vn.toancanh.alerts.internal.AlertNotificationRepository.Queued;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.WebhookSignature;

/** Webhook subscriptions and the outbox as admins manage them; every change is audited (never with the secret). */
@Service
public class WebhookService {

    static final int RECENT = 50;

    private final WebhookRepository webhooks;
    private final AlertNotificationRepository deliveries;
    private final AlertNotificationPayloads payloads;
    private final AlertNotificationSender sender;
    private final AuditService audit;
    private final IdentityService identity;

    WebhookService(
            WebhookRepository webhooks,
            AlertNotificationRepository deliveries,
            AlertNotificationPayloads payloads,
            AlertNotificationSender sender,
            AuditService audit,
            IdentityService identity) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.payloads = payloads;
        this.sender = sender;
        this.audit = audit;
        this.identity = identity;
    }

    public List<WebhookView> list() {
        return webhooks.list();
    }

    public List<AlertNotificationView> recentDeliveries() {
        return deliveries.recent(RECENT);
    }

    @Transactional
    public WebhookCreated create(WebhookInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = trim(input.name());
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "Nhập tên webhook."));
        } else if (name.length() > 200) {
            problems.add(new FieldProblem("name", "Tên dài tối đa 200 ký tự."));
        }
        String url = trim(input.url());
        String urlProblem = urlProblem(url);
        if (urlProblem != null) {
            problems.add(new FieldProblem("url", urlProblem));
        }
        AlertSeverity min = severity(input.minSeverity(), problems);
        String secret = trim(input.secret());
        if (!secret.isEmpty() && (secret.length() < 16 || secret.length() > 200)) {
            problems.add(new FieldProblem("secret", "Khoá bí mật dài từ 16 đến 200 ký tự, hoặc để trống để tự tạo."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (secret.isEmpty()) {
            secret = WebhookSignature.newSecret();
        }
        long id = webhooks.insert(
                name, url, min, secret, identity.currentUserOrSystem().username());
        audit.record("CREATE", "alert_webhook", String.valueOf(id), name + " → " + url + " (từ mức " + min + ")");
        return new WebhookCreated(get(id), secret);
    }

    @Transactional
    public void setActive(long id, boolean active) {
        WebhookView w = get(id);
        webhooks.setActive(id, active);
        audit.record("UPDATE", "alert_webhook", String.valueOf(id), w.name() + (active ? ": bật" : ": tắt"));
    }

    @Transactional
    public void delete(long id) {
        WebhookView w = get(id);
        webhooks.delete(id);
        audit.record("DELETE", "alert_webhook", String.valueOf(id), w.name() + " → " + w.url());
    }

    /** Queues an {@code alert.test} call to this webhook, active or not, and sends it once committed. */
    @Transactional
    public void sendTest(long id) {
        WebhookView w = get(id);
        deliveries.queue(
                new Queued(0, "TEST", 0, Channel.WEBHOOK, String.valueOf(id), id, payloads.test(Instant.now())));
        audit.record("TEST", "alert_webhook", String.valueOf(id), w.name());
        sender.deliverAfterCommit();
    }

    /** Makes a FAILED delivery due now for one more attempt. */
    @Transactional
    public void retry(long deliveryId) {
        if (!deliveries.retry(deliveryId, Instant.now())) {
            throw NotFoundException.of("lần gửi thất bại", String.valueOf(deliveryId));
        }
        audit.record("RETRY", "alert_delivery", String.valueOf(deliveryId), null);
        sender.deliverAfterCommit();
    }

    public WebhookView get(long id) {
        return webhooks.find(id).orElseThrow(() -> NotFoundException.of("webhook", String.valueOf(id)));
    }

    private static @Nullable String urlProblem(String url) {
        if (url.isEmpty()) {
            return "Nhập địa chỉ nhận (URL).";
        }
        if (url.length() > 2000) {
            return "Địa chỉ dài tối đa 2000 ký tự.";
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "Địa chỉ phải bắt đầu bằng http:// hoặc https://.";
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return "Địa chỉ thiếu tên máy chủ.";
            }
            if (uri.getRawUserInfo() != null) {
                return "Không ghi tên đăng nhập hay mật khẩu trong địa chỉ; webhook được ký bằng khoá bí mật.";
            }
            return null;
        } catch (URISyntaxException e) {
            return "Địa chỉ không hợp lệ.";
        }
    }

    private static AlertSeverity severity(@Nullable String value, List<FieldProblem> problems) {
        String v = trim(value).toUpperCase(Locale.ROOT);
        if (v.isEmpty()) {
            return AlertSeverity.WARNING;
        }
        try {
            return AlertSeverity.valueOf(v);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("minSeverity", "Mức tối thiểu là INFO, WARNING hoặc CRITICAL."));
            return AlertSeverity.WARNING;
        }
    }

    private static String trim(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
