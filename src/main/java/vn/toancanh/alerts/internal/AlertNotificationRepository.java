package vn.toancanh.alerts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code alert_delivery} outbox: queued, claimed by one instance at a time, then sent, retried or failed. */
@Repository
class AlertNotificationRepository {

    enum Channel {
        WEBHOOK,
        EMAIL
    }

    /** A delivery to queue. {@code webhookId} is set for WEBHOOK, null for EMAIL. */
    record Queued(
            long eventId,
            String kind,
            int level,
            Channel channel,
            String target,
            @Nullable Long webhookId,
            String payload) {}

    /** A delivery claimed for sending, with what sending needs (the webhook's address and secret). */
    record Claimed(
            long id,
            String kind,
            Channel channel,
            String target,
            String payload,
            int attempts,
            @Nullable String url,
            @Nullable String secret) {}

    private final JdbcClient jdbc;

    AlertNotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a delivery unless this event already has one for this target and level; returns its id if queued. */
    @Nullable
    Long queue(Queued q) {
        return jdbc.sql("""
                        INSERT INTO alert_delivery (event_id, kind, level, channel, target, webhook_id, payload)
                        VALUES (:event, :kind, :level, :channel, :target, :webhook, :payload)
                        ON CONFLICT DO NOTHING RETURNING id""")
                .param("event", q.eventId())
                .param("kind", q.kind())
                .param("level", q.level())
                .param("channel", q.channel().name())
                .param("target", q.target())
                .param("webhook", q.webhookId())
                .param("payload", q.payload())
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    /**
     * Reserves up to {@code limit} due deliveries for {@code lease} and counts the attempt. Rows another instance is
     * claiming are skipped, and a reserved row is not due again until its lease ends, so a call is made once even
     * though it happens outside this transaction; an instance that dies mid-call leaves it due after the lease.
     */
    List<Claimed> claimDue(Instant now, Duration lease, int limit) {
        return jdbc.sql("""
                        WITH due AS (
                            SELECT id FROM alert_delivery
                            WHERE status = 'PENDING' AND next_attempt_at <= :now
                            ORDER BY next_attempt_at, id
                            LIMIT :limit
                            FOR UPDATE SKIP LOCKED),
                        claimed AS (
                            UPDATE alert_delivery d
                            SET attempts = d.attempts + 1, next_attempt_at = :until
                            FROM due WHERE d.id = due.id AND d.status = 'PENDING'
                            RETURNING d.id, d.kind, d.channel, d.target, d.payload, d.attempts, d.webhook_id)
                        SELECT c.id, c.kind, c.channel, c.target, c.payload, c.attempts, w.url, w.secret
                        FROM claimed c LEFT JOIN alert_webhook w ON w.id = c.webhook_id
                        ORDER BY c.id""")
                .param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(lease)))
                .param("limit", limit)
                .query(AlertNotificationRepository::claimed)
                .list();
    }

    void sent(long id, Instant at) {
        jdbc.sql("UPDATE alert_delivery SET status = 'SENT', sent_at = :at, last_error = NULL WHERE id = :id")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /** Records a failed attempt: due again at {@code retryAt}, or FAILED for good when that is null. */
    void failed(long id, String error, @Nullable Instant retryAt) {
        jdbc.sql("""
                        UPDATE alert_delivery
                        SET status = :status, last_error = :error, next_attempt_at = coalesce(:retry, next_attempt_at)
                        WHERE id = :id""")
                .param("status", retryAt == null ? "FAILED" : "PENDING")
                .param("error", error.length() > 500 ? error.substring(0, 499) + "…" : error)
                .param("retry", retryAt == null ? null : Timestamp.from(retryAt))
                .param("id", id)
                .update();
    }

    /** A FAILED delivery due again now, for one more attempt. */
    boolean retry(long id, Instant now) {
        return jdbc.sql("""
                        UPDATE alert_delivery SET status = 'PENDING', next_attempt_at = :now
                        WHERE id = :id AND status = 'FAILED'""").param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    List<AlertNotificationView> recent(int limit) {
        return jdbc.sql("""
                        SELECT d.id, d.event_id, d.kind, d.level, d.channel, coalesce(w.name, d.target), d.status,
                               d.attempts, d.next_attempt_at, d.last_error, d.created_at, d.sent_at
                        FROM alert_delivery d LEFT JOIN alert_webhook w ON w.id = d.webhook_id
                        ORDER BY d.id DESC LIMIT :limit""")
                .param("limit", limit)
                .query(AlertNotificationRepository::view)
                .list();
    }

    private static Claimed claimed(ResultSet rs, int n) throws SQLException {
        return new Claimed(
                rs.getLong(1),
                rs.getString(2),
                Channel.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getString(7),
                rs.getString(8));
    }

    private static AlertNotificationView view(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp(12);
        return new AlertNotificationView(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getInt(8),
                rs.getTimestamp(9).toInstant(),
                rs.getString(10),
                rs.getTimestamp(11).toInstant(),
                sent == null ? null : sent.toInstant());
    }
}
