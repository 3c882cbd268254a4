package vn.toancanh.exchange.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Calls per key per calendar minute, counted in one PostgreSQL row per key with the database's clock, so every
 * instance shares the budget and agrees on when the minute ends. A fixed window is enough to keep one system from
 * crowding out the others; the row is locked only for the single statement, so calls of other keys never wait.
 */
@Component
class KeyRateLimiter {

    private static final String COUNT = """
            INSERT INTO exchange_rate_window AS w (key_id, minute, calls)
            VALUES (:key, floor(extract(epoch FROM clock_timestamp()) / 60)::bigint, 1)
            ON CONFLICT (key_id) DO UPDATE
                SET calls = CASE WHEN w.minute = EXCLUDED.minute THEN w.calls + 1 ELSE 1 END,
                    minute = EXCLUDED.minute
            RETURNING calls, 60 - floor(extract(epoch FROM clock_timestamp()))::bigint % 60""";

    private final JdbcClient jdbc;

    KeyRateLimiter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** 0 when the call may go ahead, otherwise the seconds until the next minute begins. */
    long tryAcquire(long keyId, int perMinute) {
        long[] counted = jdbc.sql(COUNT)
                .param("key", keyId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        return counted[0] <= perMinute ? 0 : Math.max(1, counted[1]);
    }
}
