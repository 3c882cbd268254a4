package vn.toancanh.exchange.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** exchange_client and exchange_key. */
@Repository
class ClientRepository {

    private static final String CLIENT = """
            SELECT c.*, (SELECT count(*) FROM exchange_key k
                         WHERE k.client_id = c.id AND k.revoked_at IS NULL AND k.expires_at > now()) AS active_keys
            FROM exchange_client c""";

    private final JdbcClient jdbc;

    ClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ClientView> clients() {
        return jdbc.sql(CLIENT + " ORDER BY c.name")
                .query(ClientRepository::client)
                .list();
    }

    Optional<ClientView> client(long id) {
        return jdbc.sql(CLIENT + " WHERE c.id = :id")
                .param("id", id)
                .query(ClientRepository::client)
                .optional();
    }

    boolean nameTaken(String name, @Nullable Long except) {
        return jdbc.sql(
                                "SELECT count(*) FROM exchange_client WHERE lower(name) = lower(:n) AND id <> coalesce(:id, -1)")
                        .param("n", name)
                        .param("id", except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(ClientInput in, String by) {
        return jdbc.sql("""
                INSERT INTO exchange_client (name, owner_unit, contact_name, contact_email, contact_phone, description,
                                             active, created_by)
                VALUES (:name, :owner, :cn, :ce, :cp, :d, :a, :by) RETURNING id""")
                .param("name", in.name())
                .param("owner", in.ownerUnit())
                .param("cn", in.contactName())
                .param("ce", in.contactEmail())
                .param("cp", in.contactPhone())
                .param("d", in.description())
                .param("a", in.isActive())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void update(long id, ClientInput in) {
        jdbc.sql("""
                UPDATE exchange_client SET name = :name, owner_unit = :owner, contact_name = :cn, contact_email = :ce,
                       contact_phone = :cp, description = :d, active = :a WHERE id = :id""")
                .param("name", in.name())
                .param("owner", in.ownerUnit())
                .param("cn", in.contactName())
                .param("ce", in.contactEmail())
                .param("cp", in.contactPhone())
                .param("d", in.description())
                .param("a", in.isActive())
                .param("id", id)
                .update();
    }

    List<KeyView> keys(long clientId) {
        return jdbc.sql("SELECT * FROM exchange_key WHERE client_id = :c ORDER BY id DESC")
                .param("c", clientId)
                .query(ClientRepository::key)
                .list();
    }

    Optional<KeyView> key(long id) {
        return jdbc.sql("SELECT * FROM exchange_key WHERE id = :id")
                .param("id", id)
                .query(ClientRepository::key)
                .optional();
    }

    /** The key with this hash whose client is active; the caller checks expiry and revocation. */
    Optional<KeyView> keyByHash(String hash) {
        return jdbc.sql("""
                SELECT k.* FROM exchange_key k JOIN exchange_client c ON c.id = k.client_id
                WHERE k.key_hash = :h AND c.active""").param("h", hash).query(ClientRepository::key).optional();
    }

    long insertKey(long clientId, String prefix, String hash, NewKey k, String by) {
        return jdbc.sql("""
                INSERT INTO exchange_key (client_id, key_prefix, key_hash, can_read, can_write, data_groups, unit_code,
                                          families, rate_per_minute, expires_at, created_by)
                VALUES (:c, :p, :h, :r, :w, :g, :u, :f, :rate, :exp, :by) RETURNING id""")
                .param("c", clientId)
                .param("p", prefix)
                .param("h", hash)
                .param("r", k.read())
                .param("w", k.write())
                .param("g", k.dataGroups().toArray(String[]::new))
                .param("u", k.unitCode())
                .param("f", k.families().stream().map(Enum::name).toArray(String[]::new))
                .param("rate", k.ratePerMinute())
                .param("exp", Timestamp.from(k.expiresAt()))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void revoke(long keyId, @Nullable Long replacedBy) {
        jdbc.sql("UPDATE exchange_key SET revoked_at = now(), replaced_by = :r WHERE id = :id AND revoked_at IS NULL")
                .param("id", keyId)
                .param("r", replacedBy)
                .update();
    }

    String clientName(long id) {
        return jdbc.sql("SELECT name FROM exchange_client WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    void touch(long keyId) {
        jdbc.sql("UPDATE exchange_key SET last_used_at = now() WHERE id = :id")
                .param("id", keyId)
                .update();
    }

    /** A key's scope once validated. */
    record NewKey(
            boolean read,
            boolean write,
            List<String> dataGroups,
            @Nullable String unitCode,
            List<EndpointFamily> families,
            int ratePerMinute,
            Instant expiresAt) {}

    private static ClientView client(ResultSet rs, int row) throws SQLException {
        return new ClientView(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("owner_unit"),
                rs.getString("contact_name"),
                rs.getString("contact_email"),
                rs.getString("contact_phone"),
                rs.getString("description"),
                rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getInt("active_keys"));
    }

    private static KeyView key(ResultSet rs, int row) throws SQLException {
        return new KeyView(
                rs.getLong("id"),
                rs.getLong("client_id"),
                rs.getString("key_prefix"),
                rs.getBoolean("can_read"),
                rs.getBoolean("can_write"),
                strings(rs.getArray("data_groups")),
                rs.getString("unit_code"),
                strings(rs.getArray("families")).stream()
                        .map(EndpointFamily::valueOf)
                        .toList(),
                rs.getInt("rate_per_minute"),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("last_used_at")),
                instant(rs.getTimestamp("revoked_at")));
    }

    static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
