package vn.toancanh.datavalues.internal;

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

    public DataValuesWritten.Key key() {
        return new DataValuesWritten.Key(itemId, unitId, periodId, optionComboId);
    }

    public boolean isDelete() {
        return value == null;
    }
}
