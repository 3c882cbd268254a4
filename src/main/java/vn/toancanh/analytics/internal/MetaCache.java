package vn.toancanh.analytics.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.catalog.CatalogChanged;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.organisation.UnitsChanged;

/**
 * The metadata of data items as grids show it (name, unit of measure, source unit, last update), kept between queries
 * in each resolved item's {@link Slot}: a broad query names every item, and building — or even looking up by key —
 * tens of thousands of entries each time would cost more than the aggregation. An entry is rebuilt when its item's
 * values change or the catalog or the units do.
 */
@Component
class MetaCache {

    /** A dx list's ids with the position where each first appears (a dx may be asked twice), in dx order. */
    private record DxIndex(String[] ids, Map<String, Integer> first, int[] unique) {

        static DxIndex of(List<QueryPlan.Dx> dx) {
            String[] ids = new String[dx.size()];
            Map<String, Integer> first = new HashMap<>(2 * ids.length + 16);
            int[] positions = new int[ids.length];
            int n = 0;
            for (int d = 0; d < ids.length; d++) {
                ids[d] = dx.get(d).id();
                if (first.putIfAbsent(ids[d], d) == null) {
                    positions[n++] = d;
                }
            }
            return new DxIndex(ids, first, Arrays.copyOf(positions, n));
        }
    }

    private final Cache<List<QueryPlan.Dx>, DxIndex> dxIndexes =
            Caffeine.newBuilder().weakKeys().maximumSize(500).build();

    /**
     * The dx entries of a grid's metadata, in dx order, as a map over {@code items} (one per dx): the id lookup is
     * built once per resolved dx list, so a broad query does not put its 33,600 entries into a new map each time.
     */
    Map<String, AnalyticsGrid.MetaItem> dxPart(List<QueryPlan.Dx> dx, AnalyticsGrid.MetaItem[] items) {
        return new DxMetaMap(dxIndexes.get(dx, DxIndex::of), items);
    }

    /** An unmodifiable map of dx id to metadata, read through a {@link DxIndex}. */
    private static final class DxMetaMap extends AbstractMap<String, AnalyticsGrid.MetaItem> {
        private final DxIndex index;
        private final AnalyticsGrid.MetaItem[] items;

        DxMetaMap(DxIndex index, AnalyticsGrid.MetaItem[] items) {
            this.index = index;
            this.items = items;
        }

        @Override
        public AnalyticsGrid.@Nullable MetaItem get(Object key) {
            Integer d = index.first().get(key);
            return d == null ? null : items[d];
        }

        @Override
        public boolean containsKey(Object key) {
            return index.first().containsKey(key);
        }

        @Override
        public int size() {
            return index.unique().length;
        }

        @Override
        public Set<Entry<String, AnalyticsGrid.MetaItem>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return index.unique().length;
                }

                @Override
                public Iterator<Entry<String, AnalyticsGrid.MetaItem>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < index.unique().length;
                        }

                        @Override
                        public Entry<String, AnalyticsGrid.MetaItem> next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            int d = index.unique()[next++];
                            return new SimpleImmutableEntry<>(index.ids()[d], items[d]);
                        }
                    };
                }
            };
        }
    }

    /** An indicator's metadata, built once per resolved entry and language until the catalog changes. */
    AnalyticsGrid.MetaItem indicator(QueryPlan.Dx dx, boolean en, Supplier<AnalyticsGrid.MetaItem> build) {
        Entry entry = dx.meta().get(en);
        long now = generation.get();
        if (entry == null || entry.generation() != now) {
            entry = dx.meta().keep(en, new Entry(now, 0, build.get()));
        }
        return entry.item();
    }

    /** A data item's metadata in Vietnamese and in English, as last built. */
    static final class Slot {
        private volatile @Nullable Entry vi;
        private volatile @Nullable Entry en;

        @Nullable
        Entry get(boolean english) {
            return english ? en : vi;
        }

        Entry keep(boolean english, Entry entry) {
            if (english) {
                en = entry;
            } else {
                vi = entry;
            }
            return entry;
        }
    }

    private record Entry(long generation, long lastUpdatedMillis, AnalyticsGrid.MetaItem item) {}

    /** Grows when the catalog or the units change: every entry built before is stale. */
    private final AtomicLong generation = new AtomicLong();

    AnalyticsGrid.MetaItem item(QueryPlan.Dx dx, boolean en, long lastUpdatedMillis, UnitTree units) {
        Entry entry = dx.meta().get(en);
        long now = generation.get();
        if (entry == null || entry.generation() != now || entry.lastUpdatedMillis() != lastUpdatedMillis) {
            entry = dx.meta()
                    .keep(
                            en,
                            new Entry(
                                    now,
                                    lastUpdatedMillis,
                                    build(dx.item(), dx.combo(), en, lastUpdatedMillis, units)));
        }
        return entry.item();
    }

    private static AnalyticsGrid.MetaItem build(
            DataItemView item, @Nullable OptionComboView combo, boolean en, long lastUpdatedMillis, UnitTree units) {
        String name = en && item.nameEn() != null ? item.nameEn() : item.name();
        if (combo != null) {
            name = name + " (" + (en && combo.nameEn() != null ? combo.nameEn() : combo.name()) + ")";
        }
        String source = item.ownerUnitId() == null
                ? null
                : units.byId(item.ownerUnitId()).map(UnitView::name).orElse(null);
        return new AnalyticsGrid.MetaItem(
                name,
                item.code(),
                item.unitOfMeasure(),
                source,
                lastUpdatedMillis > 0 ? Instant.ofEpochMilli(lastUpdatedMillis) : null,
                item.sourceLink());
    }

    @EventListener
    void on(CatalogChanged changed) {
        generation.incrementAndGet();
    }

    @EventListener
    void on(UnitsChanged changed) {
        generation.incrementAndGet();
    }
}
