package vn.toancanh.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.identity.Contact;
import vn.toancanh.identity.Person;
import vn.toancanh.identity.Role;

/** Reads and writes app_user rows. */
@Repository
public class UserAccountRepository {

    static final String COLUMNS = "id, username, password_hash, full_name, role, unit_id, enabled, locked_until";

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Contact> officersWithEmail(long unitId) {
        return jdbc.sql("""
                SELECT username, full_name, email FROM app_user
                WHERE unit_id = :u AND enabled AND email IS NOT NULL AND email <> ''
                  AND role IN ('DEPARTMENT_OFFICER', 'COMMUNE_OFFICER', 'PARTNER_OFFICER')
                ORDER BY username""")
                .param("u", unitId)
                .query((rs, i) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public List<Person> enabledPeople() {
        return jdbc.sql("SELECT id, username, full_name, role FROM app_user WHERE enabled ORDER BY full_name, username")
                .query((rs, i) ->
                        new Person(rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4))))
                .list();
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

    /**
     * Counts a failed login and locks the account when it reaches {@code max} failures in a row (the count then
     * starts again, so the user gets {@code max} new tries once the lock has passed). Empty for unknown users.
     *
     * @return true when this failure locked the account
     */
    public Optional<Boolean> recordFailure(String username, int max, Instant lockUntil) {
        return jdbc.sql("""
                UPDATE app_user
                   SET failed_attempts = CASE WHEN failed_attempts + 1 >= :max THEN 0 ELSE failed_attempts + 1 END,
                       locked_until = CASE WHEN failed_attempts + 1 >= :max THEN :lockUntil ELSE locked_until END
                 WHERE lower(username) = lower(:username)
             RETURNING failed_attempts = 0""")
                .param("username", username)
                .param("max", max)
                .param("lockUntil", Timestamp.from(lockUntil))
                .query(Boolean.class)
                .optional();
    }

    /** A successful authentication (form, Basic) ends a run of failures; a no-op write for the usual case. */
    public void clearFailures(String username) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0 WHERE lower(username) = lower(:username)"
                        + " AND failed_attempts > 0")
                .param("username", username)
                .update();
    }

    public void recordLogin(long id) {
        jdbc.sql("UPDATE app_user SET last_login_at = now(), failed_attempts = 0 WHERE id = :id")
                .param("id", id)
                .update();
    }

    public void updatePassword(long id, String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash, password_changed_at = now() WHERE id = :id")
                .param("id", id)
                .param("hash", hash)
                .update();
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
