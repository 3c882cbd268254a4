package vn.toancanh.analytics;

import java.util.Set;

/**
 * Published (in this instance, synchronously) after the analytics index has taken in a change, whichever instance
 * wrote it: pages that show figures (dashboards, the wall, the map) refresh on it.
 *
 * @param itemIds the data items whose values changed
 * @param version increases with every change the index takes in
 */
public record AnalyticsUpdated(Set<Long> itemIds, long version) {}
