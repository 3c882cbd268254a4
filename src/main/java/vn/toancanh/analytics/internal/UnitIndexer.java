package vn.toancanh.analytics.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Dense, never reused indexes for unit ids, so a query maps a series to its output unit with an array read instead of
 * a hash lookup. Append-only: units added later get the next index.
 */
@Component
class UnitIndexer {

    private final ConcurrentHashMap<Long, Integer> indexes = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    int indexOf(long unitId) {
        return indexes.computeIfAbsent(unitId, id -> next.getAndIncrement());
    }

    /** The index of a unit, or -1 when no value of it was ever seen and no query asked for it. */
    int existingIndex(long unitId) {
        Integer i = indexes.get(unitId);
        return i == null ? -1 : i;
    }

    int size() {
        return next.get();
    }
}
