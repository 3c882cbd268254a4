package vn.toancanh.analytics;

import org.springframework.stereotype.Service;
import vn.toancanh.analytics.internal.QueryEngine;
import vn.toancanh.identity.IdentityService;

/**
 * The analytics façade: aggregates over data items and indicators, periods and units, live — a value written by any
 * path or instance is in every answer within a second. Sharing is applied for the current user.
 */
@Service
public class AnalyticsService {

    private final QueryEngine engine;
    private final IdentityService identity;

    AnalyticsService(QueryEngine engine, IdentityService identity) {
        this.engine = engine;
        this.identity = identity;
    }

    /**
     * Answers a query (see {@link AnalyticsRequest} for the syntax); values rounded to 4 decimals, indicators to
     * their own decimals. Throws {@link vn.toancanh.shared.InvalidInputException} naming the dimension for bad input
     * and {@link org.springframework.security.access.AccessDeniedException} for a restricted item.
     */
    public AnalyticsGrid query(AnalyticsRequest request) {
        return query(request, false);
    }

    /** Like {@link #query(AnalyticsRequest)}; {@code skipRounding} gives values with 10 decimals. */
    public AnalyticsGrid query(AnalyticsRequest request, boolean skipRounding) {
        return engine.query(request, identity.currentUserOrSystem(), skipRounding);
    }

    /** Grows with every change the index takes in; pages compare it to know whether to refetch. */
    public long version() {
        return engine.version();
    }

    /** False while the index is still being rebuilt at start-up (queries wait for it). */
    public boolean isReady() {
        return engine.isReady();
    }

    /** The index's size, for the logs and the benchmark. */
    public IndexStats indexStats() {
        var s = engine.stats();
        return new IndexStats(s.items(), s.series(), s.loadedValues(), s.arrayBytes());
    }

    /**
     * @param loadedValues values read at start-up
     * @param arrayBytes estimated bytes of the value arrays
     */
    public record IndexStats(int items, long series, long loadedValues, long arrayBytes) {}
}
