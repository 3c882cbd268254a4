package vn.toancanh.exchange.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.identity.AuditService;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.WebhookSignature;

/** Clients' push subscriptions and their deliveries; the signing secret is shown once, when created. */
@Service
public class SubscriptionService {

    private final SubscriptionRepository subscriptions;
    private final ClientService clients;
    private final CatalogService catalog;
    private final AuditService audit;

    SubscriptionService(
            SubscriptionRepository subscriptions, ClientService clients, CatalogService catalog, AuditService audit) {
        this.subscriptions = subscriptions;
        this.clients = clients;
        this.catalog = catalog;
        this.audit = audit;
    }

    /** A new subscription and its secret, shown once. */
    public record CreatedSubscription(long id, String secret) {}

    @Transactional(readOnly = true)
    public List<SubscriptionView> ofClient(long clientId) {
        return subscriptions.ofClient(clientId);
    }

    @Transactional(readOnly = true)
    public List<DeliveryView> deliveries(long subscriptionId, @Nullable String status, int limit) {
        return subscriptions.deliveries(subscriptionId, status, limit);
    }

    @Transactional
    public CreatedSubscription create(long clientId, @Nullable String url, @Nullable String groups, boolean alerts) {
        return create(clientId, url, groups, alerts, false);
    }

    @Transactional
    public CreatedSubscription create(
            long clientId, @Nullable String url, @Nullable String groups, boolean alerts, boolean reports) {
        ClientView client = clients.client(clientId);
        List<FieldProblem> problems = new ArrayList<>();
        String target = url == null ? "" : url.strip();
        try {
            URI uri = URI.create(target);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("url", "Địa chỉ nhận phải là URL http:// hoặc https:// đầy đủ"));
        }
        if (target.length() > 500) {
            problems.add(new FieldProblem("url", "Địa chỉ nhận tối đa 500 ký tự"));
        }
        List<String> codes = groups == null
                ? List.of()
                : Arrays.stream(groups.split("[,;\\s]+"))
                        .filter(s -> !s.isBlank())
                        .distinct()
                        .toList();
        codes.stream()
                .filter(g -> catalog.findGroupByCode(g).isEmpty())
                .forEach(g -> problems.add(new FieldProblem("dataGroups", "Không có nhóm dữ liệu mã \"" + g + "\"")));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String secret = WebhookSignature.newSecret();
        long id = subscriptions.insert(clientId, target, secret, codes, alerts, reports);
        audit.record(
                "CREATE",
                "exchange_subscription",
                String.valueOf(id),
                "Đăng ký nhận dữ liệu cho '" + client.name() + "' tới " + target);
        return new CreatedSubscription(id, secret);
    }

    @Transactional
    public void setActive(long clientId, long subscriptionId, boolean active) {
        SubscriptionView s = owned(clientId, subscriptionId);
        subscriptions.setActive(s.id(), active);
        audit.record(
                active ? "ENABLE" : "DISABLE",
                "exchange_subscription",
                String.valueOf(s.id()),
                (active ? "Bật" : "Tắt") + " đăng ký nhận dữ liệu tới " + s.url());
    }

    /** Puts a dead letter back in the queue; false when it was not a dead letter. */
    @Transactional
    public boolean retry(long clientId, long subscriptionId, long deliveryId) {
        owned(clientId, subscriptionId);
        boolean retried = subscriptions.retry(deliveryId, subscriptionId);
        if (retried) {
            audit.record("RETRY", "exchange_delivery", String.valueOf(deliveryId), "Gửi lại lần chuyển dữ liệu lỗi");
        }
        return retried;
    }

    private SubscriptionView owned(long clientId, long subscriptionId) {
        return subscriptions
                .find(subscriptionId)
                .filter(s -> s.clientId() == clientId)
                .orElseThrow(() -> NotFoundException.of("đăng ký nhận dữ liệu", String.valueOf(subscriptionId)));
    }
}
