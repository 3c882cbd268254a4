package vn.toancanh.feedback.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Open311 client apps' keys, by their SHA-256. */
@Repository
public class ApiKeyRepository {

    /** A key as listed: never the key itself. */
    public record KeyRow(
            long id,
            String name,
            String prefix,
            boolean active,
            Instant createdAt,
            String createdBy,
            @Nullable Instant lastUsedAt) {}

    private final JdbcClient jdbc;

    ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String name, String hash, String prefix, String by) {
        return jdbc.sql("""
                        INSERT INTO feedback_api_key (name, key_hash, key_prefix, created_by)
                        VALUES (:n, :h, :p, :b) RETURNING id""")
                .param("n", name)
                .param("h", hash)
                .param("p", prefix)
                .param("b", by)
                .query(Long.class)
                .single();
    }

    /** The client's name for an active key, marking it used. */
    public Optional<String> use(String hash) {
        return jdbc.sql("""
                        UPDATE feedback_api_key SET last_used_at = now() WHERE key_hash = :h AND active
                        RETURNING name""").param("h", hash).query(String.class).optional();
    }

    /** Deactivates an active key; the app's name, or empty when there is no such active key. */
    public Optional<String> revoke(long id) {
        return jdbc.sql("UPDATE feedback_api_key SET active = FALSE WHERE id = :id AND active RETURNING name")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    public List<KeyRow> list() {
        return jdbc.sql("""
                        SELECT id, name, key_prefix, active, created_at, created_by, last_used_at
                        FROM feedback_api_key ORDER BY active DESC, created_at DESC""")
                .query((rs, n) -> new KeyRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }
}
