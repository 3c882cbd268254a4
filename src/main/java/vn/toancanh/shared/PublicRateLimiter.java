package vn.toancanh.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Per-client-address limits for the endpoints anyone may call without logging in (dossier lookup, feedback, open data).
 * Each kind of call has its own bucket and a limit a minute, {@code toancanh.public.rate-limits.<bucket>}, falling back
 * to {@code toancanh.public.rate-limits.default} (60). Counts live in memory: a restart or a second instance gives a
 * client a fresh minute, which is acceptable for abuse control, not for billing.
 */
@Component
public class PublicRateLimiter {

    static final int DEFAULT_PER_MINUTE = 60;

    private final Environment environment;
    private final Cache<String, AtomicInteger> counts = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(200_000)
            .build();

    PublicRateLimiter(Environment environment) {
        this.environment = environment;
    }

    /** Counts one call of {@code bucket} from {@code client}; false when the client is over its limit this minute. */
    public boolean allow(String bucket, String client) {
        return counts.get(bucket + '|' + client, k -> new AtomicInteger()).incrementAndGet() <= limit(bucket);
    }

    /**
     * For pages: counts the call from the request's client address and, when it is over its limit, marks the
     * response 429 with a {@code Retry-After}; the page then shows its own message.
     */
    public boolean allow(
            String bucket,
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        if (allow(bucket, request.getRemoteAddr())) {
            return true;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds()));
        return false;
    }

    /** The calls a minute {@code bucket} allows a client. */
    public int limit(String bucket) {
        Integer own = environment.getProperty("toancanh.public.rate-limits." + bucket, Integer.class);
        if (own != null) {
            return own;
        }
        return environment.getProperty("toancanh.public.rate-limits.default", Integer.class, DEFAULT_PER_MINUTE);
    }

    /** Seconds a limited client should wait: the window is a minute. */
    public static int retryAfterSeconds() {
        return 60;
    }
}
