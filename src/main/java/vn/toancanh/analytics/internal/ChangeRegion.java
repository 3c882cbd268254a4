package vn.toancanh.analytics.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.toancanh.datavalues.DataValuesWritten;

/**
 * What a write touched, as the cross product of its items, units and periods: small to send to other instances
 * whatever the size of the write, and reloading it from PostgreSQL gives the region's current values (a superset of
 * the changed keys, so deletes and concurrent writes come out right).
 */
record ChangeRegion(List<Long> itemIds, List<Long> unitIds, List<Integer> periodIds) {

    static ChangeRegion of(Collection<DataValuesWritten.Key> keys) {
        Set<Long> items = new LinkedHashSet<>();
        Set<Long> units = new LinkedHashSet<>();
        Set<Integer> periods = new LinkedHashSet<>();
        for (DataValuesWritten.Key k : keys) {
            items.add(k.itemId());
            units.add(k.unitId());
            periods.add(k.periodId());
        }
        return new ChangeRegion(List.copyOf(items), List.copyOf(units), List.copyOf(periods));
    }

    int cells() {
        return itemIds.size() * unitIds.size() * periodIds.size();
    }
}
