package vn.toancanh.catalog;

import java.util.Set;

/**
 * Published inside the writing transaction after every catalog write, so modules that cache catalog entries
 * (analytics) can drop them.
 *
 * @param kind {@link #ITEM}, {@link #GROUP}, {@link #INDICATOR} or {@link #TARGET}
 * @param codes the codes written: items, groups or indicators; for targets the item or indicator codes
 */
public record CatalogChanged(String kind, Set<String> codes) {

    public static final String ITEM = "ITEM";
    public static final String GROUP = "GROUP";
    public static final String INDICATOR = "INDICATOR";
    public static final String TARGET = "TARGET";

    public CatalogChanged {
        codes = Set.copyOf(codes);
    }
}
