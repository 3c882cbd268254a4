package vn.toancanh.analytics;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.toancanh.analytics.internal.DecisionSupport;
import vn.toancanh.analytics.internal.QueryEngine;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.organisation.OrganisationService;

/**
 * The analytics façade: aggregates over data items and indicators, periods and units, live — a value written by any
 * path or instance is in every answer within a second. Sharing is applied for the current user.
 */
@Service
public class AnalyticsService {

    private final QueryEngine engine;
    private final IdentityService identity;
    private final DecisionSupport decisions;

    AnalyticsService(QueryEngine engine, IdentityService identity, DecisionSupport decisions) {
        this.engine = engine;
        this.identity = identity;
        this.decisions = decisions;
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

    /** Targets of a year against actual figures, for the items or indicators {@code dx} and the units {@code ou}. */
    public List<DecisionViews.TargetStatus> targets(String dx, String ou, int year) {
        return decisions.targets(this::query, dx, ou, year);
    }

    /** Each cell of {@code dx × pe × ou} against the same period a year before (pe may be relative). */
    public List<DecisionViews.Growth> growth(String dx, String pe, String ou, @Nullable LocalDate today) {
        return decisions.growth(this::query, dx, pe, ou, day(today));
    }

    /** The units of {@code ou} (e.g. {@code 312;OU_GROUP-COMMUNES}) ranked by one item or indicator over pe. */
    public List<DecisionViews.RankedUnit> ranking(
            String dx, String pe, String ou, boolean ascending, @Nullable LocalDate today) {
        return decisions.ranking(this::query, dx, pe, ou, ascending, day(today));
    }

    /** The last {@code months} months of one item at one unit and a forecast of the next {@code horizon}. */
    public DecisionViews.Forecast forecast(String dx, String ou, int months, int horizon, @Nullable LocalDate today) {
        return decisions.forecast(this::query, dx, ou, months, horizon, day(today));
    }

    /** Values of {@code pe} far from their series' history, by z-score ({@code ZSCORE}) or median ({@code MEDIAN}). */
    public List<DecisionViews.Outlier> outliers(
            String dx, String pe, String ou, String method, @Nullable LocalDate today) {
        return outliers(dx, pe, ou, method, today, false);
    }

    /** Like {@link #outliers(String, String, String, String, LocalDate)}, with English names if {@code english}. */
    public List<DecisionViews.Outlier> outliers(
            String dx, String pe, String ou, String method, @Nullable LocalDate today, boolean english) {
        return decisions.outliers(this::query, dx, pe, ou, method, day(today), english);
    }

    /** Grows with every change the index takes in; pages compare it to know whether to refetch. */
    public long version() {
        return engine.version();
    }

    /**
     * Waits until every change this instance has received so far — its own writes and those other instances
     * announced — is in the index (read-your-writes after a large import, whose index update runs after commit).
     */
    public void awaitCurrent() {
        engine.awaitCurrent();
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

    private static LocalDate day(@Nullable LocalDate today) {
        return today != null ? today : OrganisationService.today();
    }
}
