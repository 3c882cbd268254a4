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
import vn.toancanh.identity.ApiScope;

/** api_token rows: a SHA-256 hash of each token, never the token. */
@Repository
class ApiTokenRepository {

    private static final String COLUMNS =
            "id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at, scope";

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String prefix, String hash, Instant expiresAt, @Nullable ApiScope scope) {
        return jdbc.sql("""
                INSERT INTO api_token (user_id, name, token_prefix, token_hash, expires_at, scope)
                VALUES (:user, :name, :prefix, :hash, :expires, :scope) RETURNING id""")
                .param("scope", scope == null ? null : scope.name())
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
        return jdbc.sql("SELECT t.id AS token_id, t.last_used_at, t.scope, u."
                        + UserAccountRepository.COLUMNS.replace(", ", ", u.")
                        + " FROM api_token t JOIN app_user u ON u.id = t.user_id"
                        + " WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > now()")
                .param("hash", hash)
                .query((rs, row) -> new TokenOwner(
                        rs.getLong("token_id"),
                        instant(rs.getTimestamp("last_used_at")),
                        scope(rs.getString("scope")),
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

    /** @param scope the only endpoints the token opens; null for all its owner may call */
    record TokenOwner(
            long tokenId,
            @Nullable Instant lastUsedAt,
            @Nullable ApiScope scope,
            UserPrincipal user) {}

    private static ApiTokenView view(ResultSet rs, int row) throws SQLException {
        return new ApiTokenView(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("token_prefix"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                instant(rs.getTimestamp("last_used_at")),
                instant(rs.getTimestamp("revoked_at")),
                scope(rs.getString("scope")));
    }

    private static @Nullable ApiScope scope(@Nullable String name) {
        return name == null ? null : ApiScope.valueOf(name);
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
