package vn.toancanh.datavalues;

import java.util.List;

/**
 * Published inside the writing transaction whenever values change (created, updated or deleted), so the analytics
 * index and alert rules can follow. Keys are (itemId, unitId, periodId, optionComboId).
 */
public record DataValuesWritten(List<Key> keys, ChangeSource source) {

    public record Key(long itemId, long unitId, int periodId, long optionComboId) {}
}
