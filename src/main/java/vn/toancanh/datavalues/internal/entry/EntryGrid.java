package vn.toancanh.datavalues.internal.entry;

import java.util.List;
import vn.toancanh.catalog.DataGroupView;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.Period;

/**
 * The entry grid of one group, unit and period. Items with different disaggregations cannot share columns, so there
 * is one table per category combo, in the order the items come.
 */
public record EntryGrid(DataGroupView group, UnitView unit, Period period, List<Table> tables) {

    public boolean hasItems() {
        return !tables.isEmpty();
    }

    public int cellCount() {
        return tables.stream()
                .mapToInt(t -> t.rows().size() * t.combos().size())
                .sum();
    }

    /** Rows are items, columns the option combos of their category combo (Tổng for the default). */
    public record Table(int index, List<OptionComboView> combos, List<Row> rows) {}

    public record Row(DataItemView item, List<EntryCell> cells) {}
}
