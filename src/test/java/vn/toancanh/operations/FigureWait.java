package vn.toancanh.operations;

import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.shared.InvalidInputException;

/**
 * The operations' figures are written after an import's commit by a listener, which also creates their catalog items
 * the first time: waits (up to 10 s) until the query answers and holds a value for {@code item} in {@code period}.
 */
final class FigureWait {

    private FigureWait() {}

    static AnalyticsGrid until(AnalyticsService analytics, AnalyticsRequest query, String item, String period)
            throws InterruptedException {
        InvalidInputException last = null;
        for (int i = 0; i < 100; i++) {
            analytics.awaitCurrent();
            try {
                AnalyticsGrid grid = analytics.query(query);
                if (grid.value(item, period).isPresent()) {
                    return grid;
                }
            } catch (InvalidInputException notYet) {
                // the items are not in the catalog yet
                last = notYet;
            }
            Thread.sleep(100);
        }
        if (last != null) {
            throw last;
        }
        return analytics.query(query);
    }
}
