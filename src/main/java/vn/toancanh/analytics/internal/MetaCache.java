package vn.toancanh.analytics.internal;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
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

    /** A data item's metadata in Vietnamese and in English, as last built. */
    static final class Slot {
        private volatile @Nullable Entry vi;
        private volatile @Nullable Entry en;
    }

    private record Entry(long generation, long lastUpdatedMillis, AnalyticsGrid.MetaItem item) {}

    /** Grows when the catalog or the units change: every entry built before is stale. */
    private final AtomicLong generation = new AtomicLong();

    AnalyticsGrid.MetaItem item(QueryPlan.Dx dx, boolean en, long lastUpdatedMillis, UnitTree units) {
        Slot slot = dx.meta();
        Entry entry = en ? slot.en : slot.vi;
        long now = generation.get();
        if (entry == null || entry.generation() != now || entry.lastUpdatedMillis() != lastUpdatedMillis) {
            entry = new Entry(now, lastUpdatedMillis, build(dx.item(), dx.combo(), en, lastUpdatedMillis, units));
            if (en) {
                slot.en = entry;
            } else {
                slot.vi = entry;
            }
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
