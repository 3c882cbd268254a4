package vn.toancanh.analytics.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.toancanh.analytics.AnalyticsUpdated;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.DataValuesWritten;
import vn.toancanh.datavalues.NumericValueSink;

/**
 * Takes changed regions into the index, one at a time on its own thread (this instance's writes after commit, other
 * instances' from their notifications): reloads the region's values from PostgreSQL, swaps them in, then tells the
 * pages ({@link AnalyticsUpdated}).
 */
@Component
class ChangeApplier {

    private static final Logger log = LoggerFactory.getLogger(ChangeApplier.class);

    private final ValueIndex index;
    private final DataValueService values;
    private final ApplicationEventPublisher events;
    private final Lookups lookups;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "analytics-apply");
        t.setDaemon(true);
        return t;
    });

    ChangeApplier(ValueIndex index, DataValueService values, ApplicationEventPublisher events, Lookups lookups) {
        this.lookups = lookups;
        this.index = index;
        this.values = values;
        this.events = events;
    }

    private final AtomicLong regionsApplied = new AtomicLong();

    /** Queues another instance's change region; does not wait. */
    void apply(ChangeRegion region) {
        thread.submit(() -> applyNow(region));
    }

    /** How many other instances' regions this instance has reloaded (its own writes are applied by their keys). */
    long regionsApplied() {
        return regionsApplied.get();
    }

    /**
     * Queues this instance's change: the region, with the keys that changed so only those are read back (a region
     * of a large import is a cross product far larger than its keys). Waits up to {@code wait} (zero: does not).
     */
    void apply(ChangeRegion region, List<DataValuesWritten.Key> keys, Duration wait) {
        Future<?> done = thread.submit(() -> applyNow(region, keys));
        if (wait.isZero()) {
            return;
        }
        try {
            done.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            log.debug("Analytics index still applying a change after {}", wait);
        } catch (ExecutionException e) {
            log.warn("Analytics index could not apply a change", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void applyNow(ChangeRegion region) {
        index.awaitReady();
        List<ValueIndex.StoredValue> stored = new ArrayList<>();
        values.forEachNumericValue(region.itemIds(), region.unitIds(), region.periodIds(), collect(stored));
        lookups.unitsSeen(region.unitIds());
        Set<Long> items = index.replaceRegion(region, stored);
        regionsApplied.incrementAndGet();
        events.publishEvent(new AnalyticsUpdated(Set.copyOf(items), index.version()));
    }

    private void applyNow(ChangeRegion region, List<DataValuesWritten.Key> keys) {
        index.awaitReady();
        List<ValueIndex.StoredValue> stored = new ArrayList<>(keys.size());
        values.forEachNumericValue(keys, collect(stored));
        lookups.unitsSeen(region.unitIds());
        index.replaceKeys(keys, stored);
        events.publishEvent(new AnalyticsUpdated(Set.copyOf(region.itemIds()), index.version()));
    }

    private static NumericValueSink collect(List<ValueIndex.StoredValue> stored) {
        return (item, unit, period, combo, value, updatedAt) ->
                stored.add(new ValueIndex.StoredValue(item, unit, period, combo, value, updatedAt));
    }

    /** Waits until every change queued so far has been applied (the demo loader, before it reads figures). */
    void drain() {
        try {
            thread.submit(() -> {}).get(5, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The analytics index did not catch up", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @jakarta.annotation.PreDestroy
    void shutdown() {
        thread.shutdownNow();
    }
}
