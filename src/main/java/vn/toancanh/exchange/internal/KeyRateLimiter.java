package vn.toancanh.exchange.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Calls per key per calendar minute, in this instance's memory: a fixed window is enough to keep one system from
 * crowding out the others, and it costs nothing per call. Several instances each allow the rate.
 */
@Component
class KeyRateLimiter {

    private final Map<Long, Window> windows = new ConcurrentHashMap<>();

    /** 0 when the call may go ahead, otherwise the seconds until the next minute begins. */
    long tryAcquire(long keyId, int perMinute) {
        long now = System.currentTimeMillis();
        long minute = now / 60_000;
        Window w = windows.compute(
                keyId,
                (id, old) -> old == null || old.minute != minute
                        ? new Window(minute, 1)
                        : new Window(minute, old.count + 1));
        if (w.count <= perMinute) {
            return 0;
        }
        return Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
    }

    private record Window(long minute, int count) {}
}
