package vn.toancanh.sensors.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.sensors.Measure;

/**
 * sensor_reading: the bulk upsert (a few thousand rows per statement, bound as arrays), ranges of one series, raw or
 * in steps, the latest value of each series and the daily figures of a station.
 */
@Repository
public class ReadingRepository {

    /** Rows per statement: large enough that round trips do not dominate, small enough to keep arrays cheap. */
    static final int CHUNK = 5_000;

    /** A reading ready to write; the time in epoch seconds. */
    public record Row(long stationId, Measure measure, long epochSecond, BigDecimal value) {}

    /** What the upsert did for one station: how many rows inserted and updated, and the latest written time. */
    public record Written(long stationId, Instant latest, int inserted, int updated) {}

    /** A stored value of a series (or a step's aggregate). */
    public record Point(Instant at, BigDecimal value) {}

    /** A station's latest value of one measure. */
    public record Latest(long stationId, Measure measure, Instant at, BigDecimal value) {}

    /** One day's figures of one measure, in Vietnam time: max, min, total and the value nearest 13:00 (12:00–14:00). */
    public record Day(
            LocalDate day,
            Measure measure,
            BigDecimal max,
            BigDecimal min,
            BigDecimal total,
            @Nullable BigDecimal at13) {}

    // Only rows whose value differs are touched, so sending a batch again writes nothing; xmax = 0 marks an insert.
    private static final String UPSERT = """
            WITH written AS (
              INSERT INTO sensor_reading AS r (station_id, measure, observed_at, value)
              SELECT t.station_id, t.measure, to_timestamp(t.at), t.value
                FROM unnest(?::bigint[], ?::varchar[], ?::bigint[], ?::numeric[]) AS t(station_id, measure, at, value)
              ON CONFLICT (station_id, measure, observed_at) DO UPDATE SET value = EXCLUDED.value
               WHERE r.value IS DISTINCT FROM EXCLUDED.value
              RETURNING r.station_id, r.observed_at, (r.xmax = 0) AS inserted
            )
            SELECT station_id, max(observed_at) AS latest, count(*) FILTER (WHERE inserted) AS inserted,
                   count(*) FILTER (WHERE NOT inserted) AS updated
              FROM written GROUP BY station_id""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ReadingRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Upserts the rows (no two with the same key) in chunks; what was written, per station. */
    public Map<Long, Written> upsert(List<Row> rows) {
        Map<Long, Written> result = new HashMap<>();
        for (int start = 0; start < rows.size(); start += CHUNK) {
            List<Row> chunk = rows.subList(start, Math.min(rows.size(), start + CHUNK));
            List<Written> written = template.query(
                    con -> statement(con, chunk),
                    (rs, n) -> new Written(
                            rs.getLong("station_id"),
                            rs.getTimestamp("latest").toInstant(),
                            rs.getInt("inserted"),
                            rs.getInt("updated")));
            for (Written w : written) {
                result.merge(
                        w.stationId(),
                        w,
                        (a, b) -> new Written(
                                a.stationId(),
                                a.latest().isAfter(b.latest()) ? a.latest() : b.latest(),
                                a.inserted() + b.inserted(),
                                a.updated() + b.updated()));
            }
        }
        return result;
    }

    private static PreparedStatement statement(Connection con, List<Row> chunk) throws SQLException {
        int n = chunk.size();
        Long[] stations = new Long[n];
        String[] measures = new String[n];
        Long[] times = new Long[n];
        BigDecimal[] values = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            Row r = chunk.get(i);
            stations[i] = r.stationId();
            measures[i] = r.measure().name();
            times[i] = r.epochSecond();
            values[i] = r.value();
        }
        PreparedStatement ps = con.prepareStatement(UPSERT);
        ps.setArray(1, array(con, "bigint", stations));
        ps.setArray(2, array(con, "varchar", measures));
        ps.setArray(3, array(con, "bigint", times));
        ps.setArray(4, array(con, "numeric", values));
        return ps;
    }

    private static Array array(Connection con, String type, Object[] values) throws SQLException {
        return con.createArrayOf(type, values);
    }

    /** How many readings of the series lie in [from, to]. */
    public long count(long stationId, Measure measure, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT count(*) FROM sensor_reading
                         WHERE station_id = :s AND measure = :m AND observed_at BETWEEN :from AND :to""")
                .param("s", stationId)
                .param("m", measure.name())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(Long.class)
                .single();
    }

    /** The readings of the series in [from, to], oldest first. */
    public List<Point> range(long stationId, Measure measure, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT observed_at, value FROM sensor_reading
                         WHERE station_id = :s AND measure = :m AND observed_at BETWEEN :from AND :to
                         ORDER BY observed_at""")
                .param("s", stationId)
                .param("m", measure.name())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(ReadingRepository::point)
                .list();
    }

    /**
     * The series in steps of {@code step} (aligned on Vietnam midnight, weeks on Mondays), each the {@code
     * aggregate} (MAX, SUM or AVG) of its readings, oldest first.
     */
    public List<Point> steps(
            long stationId, Measure measure, Instant from, Instant to, Duration step, String aggregate) {
        String function = switch (aggregate) {
            case "MAX" -> "max(value)";
            case "SUM" -> "sum(value)";
            default -> "round(avg(value), 3)";
        };
        return jdbc.sql("SELECT date_bin(CAST(:step AS interval), observed_at, TIMESTAMPTZ '2000-01-03 00:00:00+07')"
                        + " AS observed_at, " + function + " AS value FROM sensor_reading"
                        + " WHERE station_id = :s AND measure = :m AND observed_at BETWEEN :from AND :to"
                        + " GROUP BY 1 ORDER BY 1")
                .param("step", step.toSeconds() + " seconds")
                .param("s", stationId)
                .param("m", measure.name())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(ReadingRepository::point)
                .list();
    }

    /** The latest value of every series of the stations (all stations when null), each found by an index scan. */
    public List<Latest> latest(@Nullable Long stationId) {
        return jdbc.sql("""
                        SELECT s.id, m.measure, r.observed_at, r.value
                          FROM sensor_station s
                          CROSS JOIN (VALUES ('WATER_LEVEL'), ('RAINFALL'), ('TEMPERATURE'), ('HUMIDITY')) AS m(measure)
                          CROSS JOIN LATERAL (
                                SELECT observed_at, value FROM sensor_reading x
                                 WHERE x.station_id = s.id AND x.measure = m.measure
                                 ORDER BY observed_at DESC LIMIT 1) r
                         WHERE CAST(:station AS bigint) IS NULL OR s.id = :station""")
                .param("station", stationId, java.sql.Types.BIGINT)
                .query((rs, n) -> new Latest(
                        rs.getLong("id"),
                        Measure.valueOf(rs.getString("measure")),
                        rs.getTimestamp("observed_at").toInstant(),
                        rs.getBigDecimal("value").stripTrailingZeros()))
                .list();
    }

    /** The station's latest readings of its measures, newest first, at most {@code limit} times. */
    public List<Latest> recent(long stationId, int limit) {
        return jdbc.sql("""
                        SELECT r.measure, r.observed_at, r.value FROM sensor_reading r
                         WHERE r.station_id = :s AND r.observed_at IN (
                               SELECT DISTINCT observed_at FROM sensor_reading
                                WHERE station_id = :s ORDER BY observed_at DESC LIMIT :limit)
                         ORDER BY r.observed_at DESC""")
                .param("s", stationId)
                .param("limit", limit)
                .query((rs, n) -> new Latest(
                        stationId,
                        Measure.valueOf(rs.getString("measure")),
                        rs.getTimestamp("observed_at").toInstant(),
                        rs.getBigDecimal("value").stripTrailingZeros()))
                .list();
    }

    /** Per day in [from, to) (Vietnam time) and measure: the day's max, min, total and value nearest 13:00. */
    public List<Day> days(long stationId, Instant from, Instant to) {
        return jdbc.sql("""
                        WITH r AS (
                          SELECT measure, value, observed_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS local
                            FROM sensor_reading
                           WHERE station_id = :s AND observed_at >= :from AND observed_at < :to)
                        SELECT CAST(local AS date) AS day, measure, max(value) AS max, min(value) AS min,
                               sum(value) AS total,
                               (array_agg(value ORDER BY abs(extract(epoch FROM CAST(local AS time) - TIME '13:00')), local)
                                  FILTER (WHERE CAST(local AS time) BETWEEN TIME '12:00' AND TIME '14:00'))[1] AS at13
                          FROM r GROUP BY 1, 2 ORDER BY 1, 2""")
                .param("s", stationId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new Day(
                        rs.getDate("day").toLocalDate(),
                        Measure.valueOf(rs.getString("measure")),
                        rs.getBigDecimal("max").stripTrailingZeros(),
                        rs.getBigDecimal("min").stripTrailingZeros(),
                        rs.getBigDecimal("total").stripTrailingZeros(),
                        StationRepository.strip(rs.getBigDecimal("at13"))))
                .list();
    }

    private static Point point(ResultSet rs, int n) throws SQLException {
        return new Point(
                rs.getTimestamp("observed_at").toInstant(),
                rs.getBigDecimal("value").stripTrailingZeros());
    }
}
