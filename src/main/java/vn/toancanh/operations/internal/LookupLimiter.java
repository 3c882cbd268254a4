package vn.toancanh.operations.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many dossier lookups a client address may make a minute ({@code toancanh.operations.lookups-per-minute},
 * default 20): enough for a citizen, too few to walk through dossier codes.
 */
@Component
public class LookupLimiter {

    private final int perMinute;
    private final Cache<String, AtomicInteger> counts;

    LookupLimiter(@Value("${toancanh.operations.lookups-per-minute:20}") int perMinute) {
        this.perMinute = perMinute;
        this.counts = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofMinutes(1))
                .maximumSize(100_000)
                .build();
    }

    /** Counts a lookup from {@code client}; false when it is over its limit for this minute. */
    public boolean allow(String client) {
        return counts.get(client, c -> new AtomicInteger()).incrementAndGet() <= perMinute;
    }
}
