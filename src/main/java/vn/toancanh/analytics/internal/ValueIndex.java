package vn.toancanh.analytics.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.datavalues.DataValuesWritten;
import vn.toancanh.datavalues.NumericValueSink;
import vn.toancanh.shared.PeriodType;

/**
 * The analytics index: every stored numeric value, by item, in {@link Series}. Derived from PostgreSQL — filled by
 * {@link IndexLoader} at start-up and kept current by {@link ChangeApplier} — and never written to by anything else.
 * Queries read under a shared lock; a change takes the exclusive lock only while it swaps values in.
 */
@Component
public class ValueIndex {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Long, ItemValues> items = new HashMap<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final PeriodIds periods;
    private final UnitIndexer units;
    private volatile long version;
    private long valueCount;

    ValueIndex(PeriodIds periods, UnitIndexer units) {
        this.periods = periods;
        this.units = units;
    }

    /** Runs {@code reader} under the shared lock once the index has been loaded. */
    <T> T read(Function<Map<Long, ItemValues>, T> reader) {
        awaitReady();
        lock.readLock().lock();
        try {
            return reader.apply(items);
        } finally {
            lock.readLock().unlock();
        }
    }

    long version() {
        return version;
    }

    boolean isReady() {
        return ready.getCount() == 0;
    }

    void awaitReady() {
        try {
            if (!ready.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The analytics index is still loading");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the analytics index", e);
        }
    }

    /** A sink that adds values to the index while it loads (single thread, before {@link #markReady}). */
    NumericValueSink loader() {
        periods.reload();
        return new NumericValueSink() {
            private long lastItem = Long.MIN_VALUE;
            private long lastUnit = Long.MIN_VALUE;
            private long lastCombo = Long.MIN_VALUE;
            private @Nullable PeriodType lastType;
            private @Nullable ItemValues item;
            private @Nullable Series series;

            @Override
            public void accept(long itemId, long unitId, int periodId, long comboId, double value, long updatedAt) {
                PeriodType type = periods.type(periodId);
                if (type == null) {
                    return;
                }
                if (itemId != lastItem || item == null) {
                    item = items.computeIfAbsent(itemId, id -> new ItemValues());
                    lastItem = itemId;
                    series = null;
                }
                if (series == null || unitId != lastUnit || comboId != lastCombo || type != lastType) {
                    series = item.seriesFor(units.indexOf(unitId), unitId, comboId, type);
                    lastUnit = unitId;
                    lastCombo = comboId;
                    lastType = type;
                }
                series.set(periods.ordinal(periodId), value);
                item.touched(updatedAt);
                valueCount++;
            }
        };
    }

    void markReady() {
        version++;
        ready.countDown();
    }

    /**
     * Replaces what the index holds for a region (items × units × periods) with {@code values}, the region's rows as
     * stored now: cells of the region missing from them were deleted. Returns the items that changed.
     */
    Set<Long> replaceRegion(ChangeRegion region, List<StoredValue> values) {
        Set<Long> itemIds = new HashSet<>(region.itemIds());
        Set<Long> unitIds = new HashSet<>(region.unitIds());
        Map<PeriodType, List<Integer>> ordinalsByType = new HashMap<>();
        for (int periodId : region.periodIds()) {
            PeriodType type = periods.type(periodId);
            if (type != null) {
                ordinalsByType.computeIfAbsent(type, t -> new ArrayList<>()).add(periods.ordinal(periodId));
            }
        }
        lock.writeLock().lock();
        try {
            for (long itemId : itemIds) {
                ItemValues item = items.get(itemId);
                if (item != null) {
                    clear(item, unitIds, ordinalsByType);
                }
            }
            putAll(values);
            touchedNow(itemIds);
            version++;
        } finally {
            lock.writeLock().unlock();
        }
        return itemIds;
    }

    /** Replaces exactly these keys with {@code values} (their rows as stored now; a key without one was deleted). */
    void replaceKeys(List<DataValuesWritten.Key> keys, List<StoredValue> values) {
        lock.writeLock().lock();
        try {
            for (DataValuesWritten.Key k : keys) {
                PeriodType type = periods.type(k.periodId());
                ItemValues item = items.get(k.itemId());
                if (type != null && item != null) {
                    Series s = item.existing(k.unitId(), k.optionComboId(), type);
                    if (s != null) {
                        s.clear(periods.ordinal(k.periodId()));
                    }
                }
            }
            putAll(values);
            touchedNow(
                    keys.stream().map(DataValuesWritten.Key::itemId).distinct().toList());
            version++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Stores values as read from PostgreSQL; the caller holds the write lock. */
    private void putAll(List<StoredValue> values) {
        for (StoredValue v : values) {
            PeriodType type = periods.type(v.periodId());
            if (type == null) {
                continue;
            }
            ItemValues item = items.computeIfAbsent(v.itemId(), id -> new ItemValues());
            item.seriesFor(units.indexOf(v.unitId()), v.unitId(), v.optionComboId(), type)
                    .set(periods.ordinal(v.periodId()), v.value());
            item.touched(v.updatedAtMillis());
        }
    }

    /** Marks the items as changed now (a delete leaves no row whose time would say so); under the write lock. */
    private void touchedNow(Collection<Long> itemIds) {
        long now = System.currentTimeMillis();
        for (long itemId : itemIds) {
            ItemValues item = items.get(itemId);
            if (item != null) {
                item.touched(now);
            }
        }
    }

    private static void clear(ItemValues item, Collection<Long> unitIds, Map<PeriodType, List<Integer>> ordinals) {
        for (Series s : item.series()) {
            List<Integer> ords = ordinals.get(s.type);
            if (ords != null && unitIds.contains(s.unitId)) {
                for (int ordinal : ords) {
                    s.clear(ordinal);
                }
            }
        }
    }

    /** Sizes for the logs and the benchmark: values loaded at start-up, series, estimated bytes of the arrays. */
    Stats stats() {
        return read(all -> {
            long series = 0;
            long bytes = 0;
            for (ItemValues item : all.values()) {
                series += item.series().size();
                for (Series s : item.series()) {
                    bytes += s.bytes();
                }
            }
            return new Stats(all.size(), series, valueCount, bytes);
        });
    }

    public record Stats(int items, long series, long loadedValues, long arrayBytes) {}

    record StoredValue(
            long itemId, long unitId, int periodId, long optionComboId, double value, long updatedAtMillis) {}
}
