package vn.toancanh.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** api_token rows: a SHA-256 hash of each token, never the token. */
@Repository
class ApiTokenRepository {

    private static final String COLUMNS = "id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at";

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String prefix, String hash, Instant expiresAt) {
        return jdbc.sql("""
                INSERT INTO api_token (user_id, name, token_prefix, token_hash, expires_at)
                VALUES (:user, :name, :prefix, :hash, :expires) RETURNING id""")
                .param("user", userId)
                .param("name", name)
                .param("prefix", prefix)
                .param("hash", hash)
                .param("expires", Timestamp.from(expiresAt))
                .query(Long.class)
                .single();
    }

    List<ApiTokenView> forUser(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE user_id = :user ORDER BY created_at DESC, id DESC")
                .param("user", userId)
                .query(ApiTokenRepository::view)
                .list();
    }

    Optional<ApiTokenView> find(long id, long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE id = :id AND user_id = :user")
                .param("id", id)
                .param("user", userId)
                .query(ApiTokenRepository::view)
                .optional();
    }

    void revoke(long id) {
        jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE id = :id AND revoked_at IS NULL")
                .param("id", id)
                .update();
    }

    /** The token with this hash and its owner, if the token is neither revoked nor expired. */
    Optional<TokenOwner> findUsable(String hash) {
        return jdbc.sql("SELECT t.id AS token_id, t.last_used_at, u."
                        + UserAccountRepository.COLUMNS.replace(", ", ", u.")
                        + " FROM api_token t JOIN app_user u ON u.id = t.user_id"
                        + " WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > now()")
                .param("hash", hash)
                .query((rs, row) -> new TokenOwner(
                        rs.getLong("token_id"),
                        instant(rs.getTimestamp("last_used_at")),
                        UserAccountRepository.principal(rs, row)))
                .optional();
    }

    /** Marks use at most once a minute per token, so a busy script does not write on every request. */
    void touch(long id) {
        jdbc.sql("UPDATE api_token SET last_used_at = now() WHERE id = :id"
                        + " AND (last_used_at IS NULL OR last_used_at < now() - INTERVAL '1 minute')")
                .param("id", id)
                .update();
    }

    record TokenOwner(long tokenId, @Nullable Instant lastUsedAt, UserPrincipal user) {}

    private static ApiTokenView view(ResultSet rs, int row) throws SQLException {
        return new ApiTokenView(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("token_prefix"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                instant(rs.getTimestamp("last_used_at")),
                instant(rs.getTimestamp("revoked_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
