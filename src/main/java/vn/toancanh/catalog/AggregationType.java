package vn.toancanh.catalog;

/** How values roll up, over units or over time. */
public enum AggregationType {
    SUM,
    AVERAGE,
    LAST,
    MIN,
    MAX,
    COUNT,
    NONE
}
