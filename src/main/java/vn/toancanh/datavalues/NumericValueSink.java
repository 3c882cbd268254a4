package vn.toancanh.datavalues;

/**
 * Receives stored numeric values one by one, without a record per value: the analytics index reads millions of them
 * at start-up.
 */
@FunctionalInterface
public interface NumericValueSink {

    /** @param updatedAtMillis when the value last changed, in epoch milliseconds */
    void accept(long itemId, long unitId, int periodId, long optionComboId, double value, long updatedAtMillis);
}
