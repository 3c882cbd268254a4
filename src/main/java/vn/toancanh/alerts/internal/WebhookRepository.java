package vn.toancanh.alerts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.alerts.AlertSeverity;

/** The {@code alert_webhook} table. The secret is read only by the sender, through the delivery claim. */
@Repository
class WebhookRepository {

    /** An active subscription as the listener needs it. */
    record Subscriber(long id, AlertSeverity minSeverity) {}

    private static final String VIEW = """
            SELECT w.id, w.name, w.url, w.min_severity, w.active, w.created_by, w.created_at,
                   (SELECT d.status FROM alert_delivery d WHERE d.webhook_id = w.id ORDER BY d.id DESC LIMIT 1),
                   (SELECT coalesce(d.sent_at, d.created_at) FROM alert_delivery d
                     WHERE d.webhook_id = w.id ORDER BY d.id DESC LIMIT 1),
                   (SELECT count(*) FROM alert_delivery d WHERE d.webhook_id = w.id AND d.status = 'SENT'),
                   (SELECT count(*) FROM alert_delivery d WHERE d.webhook_id = w.id AND d.status = 'FAILED')
            FROM alert_webhook w""";

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, String url, AlertSeverity minSeverity, String secret, String createdBy) {
        return jdbc.sql("""
                        INSERT INTO alert_webhook (name, url, secret, min_severity, created_by)
                        VALUES (:name, :url, :secret, :min, :by) RETURNING id""")
                .param("name", name)
                .param("url", url)
                .param("secret", secret)
                .param("min", minSeverity.name())
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    List<WebhookView> list() {
        return jdbc.sql(VIEW + " ORDER BY w.name, w.id")
                .query(WebhookRepository::view)
                .list();
    }

    Optional<WebhookView> find(long id) {
        return jdbc.sql(VIEW + " WHERE w.id = :id")
                .param("id", id)
                .query(WebhookRepository::view)
                .optional();
    }

    List<Subscriber> active() {
        return jdbc.sql("SELECT id, min_severity FROM alert_webhook WHERE active ORDER BY id")
                .query((rs, n) -> new Subscriber(rs.getLong(1), AlertSeverity.valueOf(rs.getString(2))))
                .list();
    }

    boolean setActive(long id, boolean active) {
        return jdbc.sql("UPDATE alert_webhook SET active = :a WHERE id = :id")
                        .param("a", active)
                        .param("id", id)
                        .update()
                == 1;
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM alert_webhook WHERE id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    private static WebhookView view(ResultSet rs, int n) throws SQLException {
        var last = rs.getTimestamp(9);
        return new WebhookView(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                AlertSeverity.valueOf(rs.getString(4)),
                rs.getBoolean(5),
                rs.getString(6),
                rs.getTimestamp(7).toInstant(),
                rs.getString(8),
                last == null ? null : last.toInstant(),
                rs.getLong(10),
                rs.getLong(11));
    }
}
