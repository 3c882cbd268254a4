package vn.toancanh.analytics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.PeriodType;

/** Every series of one data item, and when one of its values last changed. Guarded by the {@link ValueIndex} lock. */
final class ItemValues {

    private final List<Series> series = new ArrayList<>();
    private final Map<Key, Series> byKey = new HashMap<>();
    long lastUpdatedMillis;
    /** Grows with every change to the item's values (under the index's write lock); cached aggregates compare it. */
    long changes;

    private record Key(long unitId, long optionComboId, PeriodType type) {}

    List<Series> series() {
        return series;
    }

    @Nullable
    Series existing(long unitId, long optionComboId, PeriodType type) {
        return byKey.get(new Key(unitId, optionComboId, type));
    }

    Series seriesFor(int unitIndex, long unitId, long optionComboId, PeriodType type) {
        Key key = new Key(unitId, optionComboId, type);
        Series s = byKey.get(key);
        if (s == null) {
            s = new Series(unitIndex, unitId, optionComboId, type);
            byKey.put(key, s);
            series.add(s);
        }
        return s;
    }

    void touched(long updatedAtMillis) {
        lastUpdatedMillis = Math.max(lastUpdatedMillis, updatedAtMillis);
        changes++;
    }
}
