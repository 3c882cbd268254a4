package vn.toancanh.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.identity.Role;

/** Reads and writes app_user rows. */
@Repository
public class UserAccountRepository {

    static final String COLUMNS = "id, username, password_hash, full_name, role, unit_id, enabled, locked_until";

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserPrincipal> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE lower(username) = lower(:username)")
                .param("username", username)
                .query(UserAccountRepository::principal)
                .optional();
    }

    public Optional<UserPrincipal> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = :id")
                .param("id", id)
                .query(UserAccountRepository::principal)
                .optional();
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE lower(username) = lower(:username)")
                        .param("username", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    static UserPrincipal principal(ResultSet rs, int row) throws SQLException {
        long unit = rs.getLong("unit_id");
        Long unitId = rs.wasNull() ? null : unit;
        Timestamp locked = rs.getTimestamp("locked_until");
        Instant lockedUntil = locked == null ? null : locked.toInstant();
        return new UserPrincipal(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getString("full_name"),
                Role.valueOf(rs.getString("role")),
                unitId,
                rs.getBoolean("enabled"),
                lockedUntil);
    }
}
