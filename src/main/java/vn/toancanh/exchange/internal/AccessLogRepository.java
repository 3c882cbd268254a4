package vn.toancanh.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.shared.PageResult;

/** exchange_access_log. */
@Repository
class AccessLogRepository {

    /** Any constant shared by all instances: the advisory lock that serialises appends to the chain. */
    private static final long CHAIN_LOCK = 0x7463785F6C6F67L;

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String SELECT = """
            SELECT l.*, c.name AS client_name FROM exchange_access_log l
            LEFT JOIN exchange_client c ON c.id = l.client_id""";

    private final JdbcClient jdbc;

    AccessLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void lockChain() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:k)")
                .param("k", CHAIN_LOCK)
                .query()
                .singleRow();
    }

    long nextId() {
        return jdbc.sql("SELECT nextval('exchange_access_log_seq')")
                .query(Long.class)
                .single();
    }

    Optional<String> lastHash() {
        return jdbc.sql("SELECT entry_hash FROM exchange_access_log ORDER BY id DESC LIMIT 1")
                .query(String.class)
                .optional();
    }

    void insert(AccessLogView r, String hash) {
        jdbc.sql("""
                INSERT INTO exchange_access_log (id, client_id, key_prefix, method, path, status, response_bytes,
                        row_count, duration_ms, logged_at, client_address, prev_hash, entry_hash)
                VALUES (:id, :c, :k, :m, :p, :s, :b, :rows, :d, :at, :addr, :prev, :hash)""")
                .param("id", r.id())
                .param("c", r.clientId())
                .param("k", r.keyPrefix())
                .param("m", r.method())
                .param("p", r.path())
                .param("s", r.status())
                .param("b", r.responseBytes())
                .param("rows", r.rowCount())
                .param("d", r.durationMillis())
                .param("at", Timestamp.from(r.loggedAt()))
                .param("addr", r.clientAddress())
                .param("prev", r.prevHash())
                .param("hash", hash)
                .update();
    }

    void forEachInOrder(Consumer<AccessLogView> sink) {
        jdbc.sql(SELECT + " ORDER BY l.id").query(AccessLogRepository::row).stream()
                .forEach(sink);
    }

    PageResult<AccessLogView> page(AccessLogFilter filter, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("SELECT count(*) FROM exchange_access_log l" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<AccessLogView> rows = jdbc.sql(SELECT + where + " ORDER BY l.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) (page - 1) * size)
                .query(AccessLogRepository::row)
                .list();
        return new PageResult<>(rows, page, size, total);
    }

    void forEach(AccessLogFilter filter, Consumer<AccessLogView> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        jdbc
                .sql(SELECT + where(filter, params) + " ORDER BY l.id")
                .params(params)
                .query(AccessLogRepository::row)
                .stream()
                .forEach(sink);
    }

    private static String where(AccessLogFilter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f.clientId() != null) {
            clauses.add("l.client_id = :client");
            params.put("client", f.clientId());
        }
        if (f.from() != null) {
            clauses.add("l.logged_at >= :from");
            params.put("from", Timestamp.from(f.from().atStartOfDay(ZONE).toInstant()));
        }
        if (f.to() != null) {
            clauses.add("l.logged_at < :to");
            params.put(
                    "to", Timestamp.from(f.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
        String status = f.status() == null ? "" : f.status().strip().toLowerCase();
        if (status.matches("[1-5]xx")) {
            clauses.add("l.status / 100 = :cls");
            params.put("cls", status.charAt(0) - '0');
        } else if (status.matches("\\d{3}")) {
            clauses.add("l.status = :status");
            params.put("status", Integer.parseInt(status));
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static AccessLogView row(ResultSet rs, int n) throws SQLException {
        long client = rs.getLong("client_id");
        return new AccessLogView(
                rs.getLong("id"),
                rs.wasNull() ? null : client,
                rs.getString("client_name"),
                rs.getString("key_prefix"),
                rs.getString("method"),
                rs.getString("path"),
                rs.getInt("status"),
                rs.getLong("response_bytes"),
                rs.getObject("row_count") == null ? null : rs.getLong("row_count"),
                rs.getLong("duration_ms"),
                rs.getTimestamp("logged_at").toInstant(),
                rs.getString("client_address"),
                rs.getString("prev_hash"),
                rs.getString("entry_hash"));
    }
}
