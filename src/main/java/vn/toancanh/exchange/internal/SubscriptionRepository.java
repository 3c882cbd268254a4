package vn.toancanh.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** exchange_subscription and exchange_delivery. */
@Repository
class SubscriptionRepository {

    private static final String SUBSCRIPTION = """
            SELECT s.* FROM exchange_subscription s JOIN exchange_client c ON c.id = s.client_id""";

    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SubscriptionView> ofClient(long clientId) {
        return jdbc.sql(SUBSCRIPTION + " WHERE s.client_id = :c ORDER BY s.id")
                .param("c", clientId)
                .query(SubscriptionRepository::subscription)
                .list();
    }

    /** The subscriptions that receive pushes now: active, of an active client. */
    List<SubscriptionView> active() {
        return jdbc.sql(SUBSCRIPTION + " WHERE s.active AND c.active ORDER BY s.id")
                .query(SubscriptionRepository::subscription)
                .list();
    }

    Optional<SubscriptionView> find(long id) {
        return jdbc.sql(SUBSCRIPTION + " WHERE s.id = :id")
                .param("id", id)
                .query(SubscriptionRepository::subscription)
                .optional();
    }

    long insert(long clientId, String url, String secret, List<String> groups, boolean alerts, boolean reports) {
        return jdbc.sql("""
                INSERT INTO exchange_subscription (client_id, url, secret, data_groups, alerts, reports)
                VALUES (:c, :u, :s, :g, :a, :r) RETURNING id""")
                .param("c", clientId)
                .param("u", url)
                .param("s", secret)
                .param("g", groups.toArray(String[]::new))
                .param("a", alerts)
                .param("r", reports)
                .query(Long.class)
                .single();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("UPDATE exchange_subscription SET active = :a WHERE id = :id")
                .param("a", active)
                .param("id", id)
                .update();
    }

    void enqueue(long subscriptionId, String event, String payload, int count) {
        jdbc.sql("""
                INSERT INTO exchange_delivery (subscription_id, event, payload, item_count, status)
                VALUES (:s, :e, :p, :n, 'PENDING')""")
                .param("s", subscriptionId)
                .param("e", event)
                .param("p", payload)
                .param("n", count)
                .update();
    }

    /** Due deliveries, leased for {@code leaseSeconds} so no other instance sends them meanwhile. */
    List<Due> claimDue(int limit, long leaseSeconds) {
        return jdbc.sql("""
                UPDATE exchange_delivery d SET next_attempt_at = now() + make_interval(secs => :lease)
                FROM exchange_subscription s
                WHERE d.id IN (SELECT id FROM exchange_delivery WHERE status = 'PENDING' AND next_attempt_at <= now()
                               ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED)
                  AND s.id = d.subscription_id
                RETURNING d.id, d.event, d.payload, d.attempts, s.url, s.secret""")
                .param("lease", leaseSeconds)
                .param("limit", limit)
                .query((rs, n) -> new Due(
                        rs.getLong("id"),
                        rs.getString("event"),
                        rs.getString("payload"),
                        rs.getInt("attempts"),
                        rs.getString("url"),
                        rs.getString("secret")))
                .list();
    }

    void delivered(long id) {
        jdbc.sql("""
                UPDATE exchange_delivery SET status = 'DELIVERED', attempts = attempts + 1, delivered_at = now(),
                       last_error = NULL WHERE id = :id""").param("id", id).update();
    }

    void failed(long id, String error, @Nullable Instant retryAt) {
        jdbc.sql("""
                UPDATE exchange_delivery SET attempts = attempts + 1, last_error = :e,
                       status = CASE WHEN CAST(:at AS timestamptz) IS NULL THEN 'DEAD' ELSE 'PENDING' END,
                       next_attempt_at = coalesce(CAST(:at AS timestamptz), next_attempt_at)
                WHERE id = :id""")
                .param("id", id)
                .param("e", error)
                .param("at", retryAt == null ? null : Timestamp.from(retryAt))
                .update();
    }

    /** A dead letter back in the queue, with its attempts counted afresh; false when it was not dead. */
    boolean retry(long deliveryId, long subscriptionId) {
        return jdbc.sql("""
                        UPDATE exchange_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = now()
                        WHERE id = :id AND subscription_id = :s AND status = 'DEAD'""").param("id", deliveryId).param("s", subscriptionId).update() == 1;
    }

    List<DeliveryView> deliveries(long subscriptionId, @Nullable String status, int limit) {
        return jdbc.sql("""
                SELECT * FROM exchange_delivery WHERE subscription_id = :s AND (CAST(:st AS varchar) IS NULL OR status = :st)
                ORDER BY id DESC LIMIT :limit""")
                .param("s", subscriptionId)
                .param("st", status)
                .param("limit", limit)
                .query((rs, n) -> new DeliveryView(
                        rs.getLong("id"),
                        rs.getLong("subscription_id"),
                        rs.getString("event"),
                        rs.getInt("item_count"),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        rs.getTimestamp("next_attempt_at").toInstant(),
                        rs.getString("last_error"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("delivered_at") == null
                                ? null
                                : rs.getTimestamp("delivered_at").toInstant()))
                .list();
    }

    record Due(long id, String event, String payload, int attempts, String url, String secret) {}

    private static SubscriptionView subscription(ResultSet rs, int n) throws SQLException {
        return new SubscriptionView(
                rs.getLong("id"),
                rs.getLong("client_id"),
                rs.getString("url"),
                ClientRepository.strings(rs.getArray("data_groups")),
                rs.getBoolean("alerts"),
                rs.getBoolean("reports"),
                rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant());
    }
}
