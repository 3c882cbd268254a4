package vn.toancanh.analytics.internal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * The metadata of data items as grids show it (name, unit of measure, source unit, last update), kept between queries:
 * a broad query names every item, and building tens of thousands of entries each time would cost more than the
 * aggregation. An entry is rebuilt when its item's values change or the catalog or the units do.
 */
@Component
class MetaCache {

    private record Key(long itemId, long comboId, boolean english) {}

    private record Entry(long lastUpdatedMillis, AnalyticsGrid.MetaItem item) {}

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    AnalyticsGrid.MetaItem item(
            DataItemView item, @Nullable OptionComboView combo, boolean en, long lastUpdatedMillis, UnitTree units) {
        Key key = new Key(item.id(), combo == null ? -1 : combo.id(), en);
        Entry entry = entries.get(key);
        if (entry == null || entry.lastUpdatedMillis() != lastUpdatedMillis) {
            entry = new Entry(lastUpdatedMillis, build(item, combo, en, lastUpdatedMillis, units));
            entries.put(key, entry);
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
        entries.clear();
    }

    @EventListener
    void on(UnitsChanged changed) {
        entries.clear();
    }
}
