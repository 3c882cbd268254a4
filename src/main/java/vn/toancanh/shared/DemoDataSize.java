package vn.toancanh.shared;

/** The demo data set sizes of DESIGN.md. */
public enum DemoDataSize {
    /** Tests: the real hierarchy and catalog, values for a few groups only. Seconds. */
    MINIMAL,
    /** Default first start: the real hierarchy, all 112 groups, a few thousand items, 3 years. Under 30 s. */
    DEMO,
    /** Benchmark: 33,600 items, 35 units, 5 years monthly, about 10 million values. */
    SEED
}
