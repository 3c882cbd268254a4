package vn.toancanh.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.identity.Role;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.VietnameseText;

/** app_user as the admin pages list and edit it. Never selects the password hash. */
@Repository
class UserAdminRepository {

    private static final String COLUMNS = "id, username, full_name, email, role, unit_id, enabled, failed_attempts,"
            + " locked_until, last_login_at, created_at";

    /** Sort keys a client may send, mapped to columns; anything else sorts by username. */
    private static final Map<String, String> SORTS = Map.of(
            "username", "username",
            "fullName", "full_name",
            "role", "role",
            "lastLogin", "last_login_at",
            "created", "created_at");

    private final JdbcClient jdbc;

    UserAdminRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<UserView> page(UserFilter filter, PageQuery query) {
        String where = " WHERE search_text LIKE :pattern"
                + " AND (CAST(:role AS VARCHAR) IS NULL OR role = CAST(:role AS VARCHAR))"
                + " AND (CAST(:unit AS BIGINT) IS NULL OR unit_id = CAST(:unit AS BIGINT))";
        String column = SORTS.getOrDefault(query.sort(), "username");
        String order = " ORDER BY " + column + (query.descending() ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", id";
        Map<String, @Nullable Object> params = new java.util.HashMap<>();
        params.put("pattern", VietnameseText.containsPattern(query.search()));
        params.put("role", filter.role() == null ? null : filter.role().name());
        params.put("unit", filter.unitId());
        long total = jdbc.sql("SELECT count(*) FROM app_user" + where)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM app_user" + where + order + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.pageSize())
                .param("offset", query.offset())
                .query(UserAdminRepository::view)
                .list();
        return new PageResult<>(items, query.page(), query.pageSize(), total);
    }

    Optional<UserView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = :id")
                .param("id", id)
                .query(UserAdminRepository::view)
                .optional();
    }

    boolean usernameTaken(String username, long exceptId) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE lower(username) = lower(:username) AND id <> :id")
                        .param("username", username)
                        .param("id", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(ValidUser user, String passwordHash) {
        return jdbc.sql("""
                INSERT INTO app_user (username, password_hash, full_name, email, role, unit_id, enabled, search_text)
                VALUES (:username, :hash, :fullName, :email, :role, :unit, :enabled, :search)
                RETURNING id""")
                .param("username", user.username())
                .param("hash", passwordHash)
                .param("fullName", user.fullName())
                .param("email", user.email())
                .param("role", user.role().name())
                .param("unit", user.unitId())
                .param("enabled", user.enabled())
                .param("search", searchText(user))
                .query(Long.class)
                .single();
    }

    void update(long id, ValidUser user) {
        jdbc.sql("""
                UPDATE app_user SET username = :username, full_name = :fullName, email = :email, role = :role,
                       unit_id = :unit, enabled = :enabled, search_text = :search
                 WHERE id = :id""")
                .param("id", id)
                .param("username", user.username())
                .param("fullName", user.fullName())
                .param("email", user.email())
                .param("role", user.role().name())
                .param("unit", user.unitId())
                .param("enabled", user.enabled())
                .param("search", searchText(user))
                .update();
    }

    void unlock(long id) {
        jdbc.sql("UPDATE app_user SET locked_until = NULL, failed_attempts = 0 WHERE id = :id")
                .param("id", id)
                .update();
    }

    private static String searchText(ValidUser user) {
        return VietnameseText.fold(
                user.username() + " " + user.fullName() + " " + (user.email() == null ? "" : user.email()));
    }

    private static UserView view(ResultSet rs, int row) throws SQLException {
        long unit = rs.getLong("unit_id");
        Long unitId = rs.wasNull() ? null : unit;
        return new UserView(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                rs.getString("email"),
                Role.valueOf(rs.getString("role")),
                unitId,
                null,
                rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"),
                instant(rs.getTimestamp("locked_until")),
                instant(rs.getTimestamp("last_login_at")),
                rs.getTimestamp("created_at").toInstant());
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
