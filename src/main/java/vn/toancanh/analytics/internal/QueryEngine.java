package vn.toancanh.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.identity.CurrentUser;

/** Answers analytics requests from the index: plan, aggregate each data item under the read lock, write the grid. */
@Component
public class QueryEngine {

    private final QueryPlanner planner;
    private final ValueIndex index;
    private final UnitIndexer indexer;
    private final Lookups lookups;
    private final IndicatorEvaluator indicators;
    private final MetaCache meta;
    private final ChangeApplier applier;

    QueryEngine(
            QueryPlanner planner,
            ValueIndex index,
            UnitIndexer indexer,
            Lookups lookups,
            IndicatorEvaluator indicators,
            MetaCache meta,
            ChangeApplier applier) {
        this.meta = meta;
        this.applier = applier;
        this.planner = planner;
        this.index = index;
        this.indexer = indexer;
        this.lookups = lookups;
        this.indicators = indicators;
    }

    public AnalyticsGrid query(AnalyticsRequest request, CurrentUser user, boolean skipRounding) {
        QueryPlan plan = planner.plan(request, user, skipRounding);
        long[] lastUpdated = new long[plan.dx().size()];
        List<double[]> cells = index.read(items -> {
            Aggregator aggregator = new Aggregator(plan, indexer);
            List<double[]> out = new ArrayList<>(plan.dx().size());
            for (int d = 0; d < plan.dx().size(); d++) {
                QueryPlan.Dx dx = plan.dx().get(d);
                if (dx.indicator() != null) {
                    out.add(indicators.evaluate(dx.indicator(), plan, aggregator, items));
                    continue;
                }
                ItemValues values = items.get(dx.item().id());
                if (values != null) {
                    lastUpdated[d] = values.lastUpdatedMillis;
                }
                Long combo = dx.combo() == null ? null : dx.combo().id();
                out.add(aggregator.aggregate(dx.item(), values, combo, plan.pe()));
            }
            return out;
        });
        return GridWriter.write(plan, cells, lastUpdated, lookups.units(), request.skipMeta(), meta);
    }

    /** Waits until every change this instance has received so far is in the index. */
    public void awaitCurrent() {
        index.awaitReady();
        applier.drain();
    }

    public long version() {
        return index.version();
    }

    public boolean isReady() {
        return index.isReady();
    }

    public ValueIndex.Stats stats() {
        return index.stats();
    }
}
