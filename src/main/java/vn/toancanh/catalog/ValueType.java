package vn.toancanh.catalog;

/** What a data item's value is. The numeric types aggregate; the others are counted or shown. */
public enum ValueType {
    NUMBER,
    INTEGER,
    PERCENTAGE,
    BOOLEAN,
    TEXT,
    DATE;

    public boolean isNumeric() {
        return this == NUMBER || this == INTEGER || this == PERCENTAGE;
    }
}
