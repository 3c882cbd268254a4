package vn.toancanh.datavalues.internal;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import vn.toancanh.datavalues.DataValuesWritten;

/**
 * A validated row, resolved to ids, ready for the set-based write. A null {@code value} asks for the stored value to
 * be deleted (the DELETE strategy, or a blank value as DHIS2 treats it).
 */
public record StagedValue(
        int row,
        long itemId,
        long unitId,
        int periodId,
        long optionComboId,
        @Nullable String value,
        @Nullable Double numericValue,
        @Nullable String comment) {

    /**
     * Primary-key order: rows written in it touch data_value's B-tree left to right, each leaf page once, instead of
     * jumping around the index (and a repeated key's rows end up next to each other).
     */
    static final Comparator<StagedValue> BY_KEY = (a, b) -> {
        int c = Long.compare(a.itemId, b.itemId);
        if (c == 0) {
            c = Long.compare(a.unitId, b.unitId);
        }
        if (c == 0) {
            c = Integer.compare(a.periodId, b.periodId);
        }
        return c != 0 ? c : Long.compare(a.optionComboId, b.optionComboId);
    };

    boolean sameKey(StagedValue o) {
        return itemId == o.itemId && unitId == o.unitId && periodId == o.periodId && optionComboId == o.optionComboId;
    }

    public DataValuesWritten.Key key() {
        return new DataValuesWritten.Key(itemId, unitId, periodId, optionComboId);
    }

    public boolean isDelete() {
        return value == null;
    }
}
