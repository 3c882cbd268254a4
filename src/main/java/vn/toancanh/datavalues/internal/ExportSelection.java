package vn.toancanh.datavalues.internal;

import java.util.Map;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.organisation.UnitView;

/** An export query resolved to ids, with the codes each id is written back as. */
record ExportSelection(
        Map<Long, DataItemView> items,
        Map<Long, UnitView> units,
        Map<Integer, String> periods,
        Map<Long, String> optionComboCodes) {

    boolean isEmpty() {
        return items.isEmpty() || units.isEmpty() || periods.isEmpty();
    }
}
