package vn.toancanh.sensors.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.sensors.StationKind;
import vn.toancanh.sensors.StationView;

/** sensor_station reads and writes. */
@Repository
public class StationRepository {

    /** A station with its row id, which readings refer to. */
    public record Stored(long id, StationView view) {}

    private static final String COLUMNS =
            "id, code, name, kind, unit_id, latitude, longitude, river, alarm1, alarm2, alarm3, active";

    private final JdbcClient jdbc;

    StationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Stored> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sensor_station ORDER BY code")
                .query(StationRepository::row)
                .list();
    }

    public Optional<Stored> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sensor_station WHERE code = :code")
                .param("code", code)
                .query(StationRepository::row)
                .optional();
    }

    public void insert(StationView s, String user) {
        jdbc.sql("""
                INSERT INTO sensor_station (code, name, kind, unit_id, latitude, longitude, river, alarm1, alarm2,
                                            alarm3, active, updated_by)
                VALUES (:code, :name, :kind, :unit, :lat, :lon, :river, :a1, :a2, :a3, :active, :user)""").params(params(s, user)).update();
    }

    public void update(StationView s, String user) {
        jdbc.sql("""
                UPDATE sensor_station
                   SET name = :name, kind = :kind, unit_id = :unit, latitude = :lat, longitude = :lon, river = :river,
                       alarm1 = :a1, alarm2 = :a2, alarm3 = :a3, active = :active, updated_by = :user,
                       updated_at = now()
                 WHERE code = :code""").params(params(s, user)).update();
    }

    private static java.util.Map<String, @Nullable Object> params(StationView s, String user) {
        java.util.Map<String, @Nullable Object> p = new java.util.HashMap<>();
        p.put("code", s.code());
        p.put("name", s.name());
        p.put("kind", s.kind().name());
        p.put("unit", s.unitId());
        p.put("lat", s.lat());
        p.put("lon", s.lon());
        p.put("river", s.river());
        p.put("a1", s.alarm1());
        p.put("a2", s.alarm2());
        p.put("a3", s.alarm3());
        p.put("active", s.active());
        p.put("user", user);
        return p;
    }

    private static Stored row(ResultSet rs, int n) throws SQLException {
        return new Stored(
                rs.getLong("id"),
                new StationView(
                        rs.getString("code"),
                        rs.getString("name"),
                        StationKind.valueOf(rs.getString("kind")),
                        rs.getLong("unit_id"),
                        rs.getDouble("latitude"),
                        rs.getDouble("longitude"),
                        rs.getString("river"),
                        strip(rs.getBigDecimal("alarm1")),
                        strip(rs.getBigDecimal("alarm2")),
                        strip(rs.getBigDecimal("alarm3")),
                        rs.getBoolean("active")));
    }

    static @Nullable BigDecimal strip(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
