package vn.toancanh.analytics.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The dx part of a grid's metadata as last joined, per resolved dx list (by identity) and language. */
    private record DxPart(AnalyticsGrid.MetaItem[] items, Map<String, AnalyticsGrid.MetaItem> map) {}

    private final Cache<List<QueryPlan.Dx>, DxPart[]> dxParts =
            Caffeine.newBuilder().weakKeys().maximumSize(500).build();

    /**
     * The dx entries of a grid's metadata, in dx order: the map last built for this dx list while each entry is still
     * the same, so a broad query repeated does not put its 33,600 entries into a new map each time.
     */
    Map<String, AnalyticsGrid.MetaItem> dxPart(List<QueryPlan.Dx> dx, boolean en, AnalyticsGrid.MetaItem[] items) {
        DxPart[] parts = dxParts.get(dx, k -> new DxPart[2]);
        DxPart last = parts[en ? 1 : 0];
        if (last != null && sameItems(last.items(), items)) {
            return last.map();
        }
        Map<String, AnalyticsGrid.MetaItem> map = new LinkedHashMap<>(2 * items.length + 16);
        for (int d = 0; d < items.length; d++) {
            map.put(dx.get(d).id(), items[d]);
        }
        Map<String, AnalyticsGrid.MetaItem> kept = Collections.unmodifiableMap(map);
        parts[en ? 1 : 0] = new DxPart(items, kept);
        return kept;
    }

    private static boolean sameItems(AnalyticsGrid.MetaItem[] a, AnalyticsGrid.MetaItem[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
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
                lastUpdatedMillis > 0 ? Instant.ofEpochMilli(lastUpdatedMillis) : null);
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
