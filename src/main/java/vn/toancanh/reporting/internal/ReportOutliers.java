package vn.toancanh.reporting.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.analytics.DecisionViews;
import vn.toancanh.reporting.ReportFormView;
import vn.toancanh.reporting.UnusualValue;
import vn.toancanh.shared.InvalidInputException;

/**
 * The min–max check of a report against history: each item's value for the unit and period compared with the usual
 * range of its own series (median and spread of the earlier periods, as the dashboards' warnings use), so a typing
 * slip such as an extra zero stands out before the report is sent.
 */
@Component
public class ReportOutliers {

    private static final Logger log = LoggerFactory.getLogger(ReportOutliers.class);

    private final AnalyticsService analytics;
    private final ReportClock clock;

    ReportOutliers(AnalyticsService analytics, ReportClock clock) {
        this.analytics = analytics;
        this.clock = clock;
    }

    public List<UnusualValue> of(ReportFormView form, String unitCode, String period) {
        String dx = String.join(
                ";", form.items().stream().map(ReportFormView.Item::code).toList());
        if (dx.isEmpty()) {
            return List.of();
        }
        try {
            return analytics.outliers(dx, period, unitCode, "MEDIAN", clock.today()).stream()
                    .map(ReportOutliers::unusual)
                    .toList();
        } catch (AccessDeniedException | InvalidInputException e) {
            // an item the reader may not see in analytics: the check is a help, the page goes on without it
            log.debug("No history check for {} {} {}: {}", form.code(), unitCode, period, e.getMessage());
            return List.of();
        }
    }

    private static UnusualValue unusual(DecisionViews.Outlier o) {
        return new UnusualValue(o.dx(), o.dxName(), o.value(), o.low(), o.high(), o.unitOfMeasure());
    }
}
