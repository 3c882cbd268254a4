package vn.toancanh.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.shared.PageResult;

/** audit_log: append-only. */
@Repository
public class AuditLogRepository {

    private static final String COLUMNS = "id, at, username, action, entity_type, entity_key, details, client_ip";

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

    PageResult<AuditEntryView> page(AuditFilter filter, int page, int pageSize) {
        Where where = where(filter);
        long total = jdbc.sql("SELECT count(*) FROM audit_log" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        List<AuditEntryView> items = jdbc.sql("SELECT " + COLUMNS + " FROM audit_log" + where.sql()
                        + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(where.params())
                .param("limit", pageSize)
                .param("offset", (long) (page - 1) * pageSize)
                .query(AuditLogRepository::view)
                .list();
        return new PageResult<>(items, page, pageSize, total);
    }

    /** Newest first, at most {@code limit} rows, one at a time (for the CSV export). */
    void each(AuditFilter filter, int limit, Consumer<AuditEntryView> consumer) {
        Where where = where(filter);
        jdbc.sql("SELECT " + COLUMNS + " FROM audit_log" + where.sql() + " ORDER BY at DESC, id DESC LIMIT :limit")
                .params(where.params())
                .param("limit", limit)
                .query(rs -> {
                    consumer.accept(view(rs, 0));
                });
    }

    private record Where(String sql, Map<String, Object> params) {}

    /** Fixed SQL fragments for the filters present; the values are always bound. */
    private static Where where(AuditFilter f) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (present(f.username())) {
            conditions.add("username ILIKE :user ESCAPE '\\'");
            params.put("user", contains(f.username()));
        }
        if (present(f.action())) {
            conditions.add("action = :action");
            params.put("action", f.action().trim());
        }
        if (present(f.entityType())) {
            conditions.add("entity_type = :entity");
            params.put("entity", f.entityType().trim());
        }
        if (f.from() != null) {
            conditions.add("at >= :from");
            params.put(
                    "from",
                    Timestamp.from(f.from().atStartOfDay(DisplayTime.ZONE).toInstant()));
        }
        if (f.to() != null) {
            conditions.add("at < :to");
            params.put(
                    "to",
                    Timestamp.from(
                            f.to().plusDays(1).atStartOfDay(DisplayTime.ZONE).toInstant()));
        }
        if (present(f.text())) {
            conditions.add("(coalesce(entity_key, '') || ' ' || coalesce(details, '') || ' ' || username)"
                    + " ILIKE :text ESCAPE '\\'");
            params.put("text", contains(f.text()));
        }
        String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new Where(sql, params);
    }

    private static boolean present(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    private static String contains(String s) {
        return "%" + s.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static AuditEntryView view(ResultSet rs, int row) throws SQLException {
        return new AuditEntryView(
                rs.getLong("id"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("username"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_key"),
                rs.getString("details"),
                rs.getString("client_ip"));
    }
}
