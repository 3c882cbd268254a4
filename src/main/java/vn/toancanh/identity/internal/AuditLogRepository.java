package vn.toancanh.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** audit_log: append-only. */
@Repository
public class AuditLogRepository {

    private final JdbcClient jdbc;

    AuditLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            String username,
            String action,
            String entityType,
            @Nullable String entityKey,
            @Nullable String details,
            @Nullable String clientIp) {
        jdbc.sql("""
                INSERT INTO audit_log (username, action, entity_type, entity_key, details, client_ip)
                VALUES (:username, :action, :entityType, :entityKey, :details, :ip)""")
                .param("username", username)
                .param("action", action)
                .param("entityType", entityType)
                .param("entityKey", entityKey)
                .param("details", details)
                .param("ip", clientIp)
                .update();
    }
}
