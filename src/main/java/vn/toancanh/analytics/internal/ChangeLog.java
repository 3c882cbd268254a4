package vn.toancanh.analytics.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code analytics_change} table and its notification channel (V50). */
@Repository
class ChangeLog {

    static final String CHANNEL = "toancanh_analytics";

    /** This instance, so it skips the notifications of its own writes (it applies those after commit). */
    private final String origin = UUID.randomUUID().toString();

    private final JdbcClient jdbc;

    ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * This instance's origin. A method, not a field read: the repository is proxied, and a field read on the proxy
     * would not see the target's value — every own write would come back as another instance's region.
     */
    String origin() {
        return origin;
    }

    /** Whether a notification's payload ({@code origin:id}) comes from this instance. */
    boolean isOwn(String payload) {
        int colon = payload.lastIndexOf(':');
        return colon > 0 && payload.substring(0, colon).equals(origin);
    }

    /** Records the region and notifies the other instances; in the writer's transaction, so both happen at commit. */
    void record(ChangeRegion region) {
        jdbc.sql("""
                WITH c AS (
                  INSERT INTO analytics_change (origin, item_ids, unit_ids, period_ids)
                  VALUES (:origin, CAST(:items AS bigint[]), CAST(:units AS bigint[]), CAST(:periods AS int[]))
                  RETURNING id)
                SELECT pg_notify(:channel, :origin || ':' || id) FROM c""")
                .param("origin", origin)
                .param("items", array(region.itemIds()))
                .param("units", array(region.unitIds()))
                .param("periods", array(region.periodIds()))
                .param("channel", CHANNEL)
                .query()
                .singleValue();
    }

    Optional<ChangeRegion> find(long id) {
        return jdbc.sql("SELECT item_ids, unit_ids, period_ids FROM analytics_change WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new ChangeRegion(longs(rs.getArray(1)), longs(rs.getArray(2)), ints(rs.getArray(3))))
                .optional();
    }

    /** Other instances' changes since {@code since}, for catching up after the listening connection was lost. */
    List<ChangeRegion> othersSince(Instant since) {
        return jdbc.sql("""
                SELECT item_ids, unit_ids, period_ids FROM analytics_change
                WHERE created_at >= :since AND origin <> :origin ORDER BY id""")
                .param("since", java.sql.Timestamp.from(since))
                .param("origin", origin)
                .query((rs, n) -> new ChangeRegion(longs(rs.getArray(1)), longs(rs.getArray(2)), ints(rs.getArray(3))))
                .list();
    }

    int deleteOlderThan(Instant before) {
        return jdbc.sql("DELETE FROM analytics_change WHERE created_at < :before")
                .param("before", java.sql.Timestamp.from(before))
                .update();
    }

    private static String array(List<? extends Number> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static List<Long> longs(Array array) throws SQLException {
        return new ArrayList<>(Arrays.asList((Long[]) array.getArray()));
    }

    private static List<Integer> ints(Array array) throws SQLException {
        return new ArrayList<>(Arrays.asList((Integer[]) array.getArray()));
    }
}
