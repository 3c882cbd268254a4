package vn.toancanh.shared;

/**
 * A module's part of the demo data. Steps run once, in {@link #order()}, on the first start with demo data
 * enabled; each builds on the ones before (units, then catalog, then users, then values).
 */
public interface DemoDataStep {

    /** Lower runs first: organisation 100, catalog 200, identity 300, datavalues 400. */
    int order();

    String name();

    /** Loads this step's data; the same size and seed always give the same data. */
    void load(DemoDataSize size, long seed);
}
