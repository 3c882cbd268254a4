package vn.toancanh.analytics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.analytics.internal.AggregateCache.Computed;
import vn.toancanh.identity.CurrentUser;

/** Answers analytics requests from the index: plan, aggregate each data item under the read lock, write the grid. */
@Component
public class QueryEngine {

    /** From this many dx the aggregation is split over the cores (a domain overview has tens of thousands). */
    private volatile int parallelFrom = 4_096;

    private static final int MAX_PARTS = 8;

    /** Items aggregated afresh (not from the cache), for the benchmark's report. */
    private final java.util.concurrent.atomic.LongAdder aggregated = new java.util.concurrent.atomic.LongAdder();

    private final QueryPlanner planner;
    private final ValueIndex index;
    private final UnitIndexer indexer;
    private final Lookups lookups;
    private final IndicatorEvaluator indicators;
    private final MetaCache meta;
    private final ChangeApplier applier;
    private final AggregateCache aggregates;

    QueryEngine(
            QueryPlanner planner,
            ValueIndex index,
            UnitIndexer indexer,
            Lookups lookups,
            IndicatorEvaluator indicators,
            MetaCache meta,
            ChangeApplier applier,
            AggregateCache aggregates) {
        this.aggregates = aggregates;
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
        int n = plan.dx().size();
        long[] lastUpdated = new long[n];
        AggregateCache.Slots slots = aggregates.slots(plan);
        List<List<String>> rows = index.read(items -> {
            List<List<String>> unchanged = slots.unchangedRows(lastUpdated);
            if (unchanged != null) {
                return unchanged;
            }
            Computed[] used = new Computed[n];
            List<double[]> cells = aggregateAll(plan, items, lastUpdated, slots.computed, used);
            List<List<String>> built = GridWriter.rows(plan, cells, rowsOf(used));
            if (!plan.hasIndicators()) {
                slots.keep(used, built);
            }
            return built;
        });
        return GridWriter.write(plan, rows, lastUpdated, lookups.units(), request.skipMeta(), meta);
    }

    /** Each dx's kept grid rows, per cell (null for an indicator: its rows are built each time). */
    @SuppressWarnings("unchecked")
    private static @Nullable List<String>[][] rowsOf(Computed[] used) {
        List<String>[][] rows = (List<String>[][]) new List<?>[used.length][];
        for (int d = 0; d < used.length; d++) {
            rows[d] = used[d] == null ? null : used[d].rows();
        }
        return rows;
    }

    /**
     * Each dx's cells; a long dx list (a domain overview) is split over the cores, each part with its own aggregator.
     * The caller holds the index's read lock for the parts, so no write runs meanwhile; the planner's period slots are
     * prepared for sharing. {@code used} receives the cache entry each item's cells came from.
     */
    private List<double[]> aggregateAll(
            QueryPlan plan, Map<Long, ItemValues> items, long[] lastUpdated, Computed[] cached, Computed[] used) {
        int n = plan.dx().size();
        double[][] out = new double[n][];
        int parts =
                n < parallelFrom ? 1 : Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors());
        if (parts == 1) {
            aggregate(plan, items, lastUpdated, cached, used, out, 0, n);
            return Arrays.asList(out);
        }
        int step = (n + parts - 1) / parts;
        List<ForkJoinTask<?>> others = new ArrayList<>(parts - 1);
        for (int p = 1; p < parts; p++) {
            int from = Math.min(n, p * step);
            int to = Math.min(n, from + step);
            others.add(ForkJoinPool.commonPool()
                    .submit(() -> aggregate(plan, items, lastUpdated, cached, used, out, from, to)));
        }
        aggregate(plan, items, lastUpdated, cached, used, out, 0, Math.min(n, step));
        others.forEach(ForkJoinTask::join);
        return Arrays.asList(out);
    }

    private void aggregate(
            QueryPlan plan,
            Map<Long, ItemValues> items,
            long[] lastUpdated,
            Computed[] cached,
            Computed[] used,
            double[][] out,
            int from,
            int to) {
        Aggregator aggregator = new Aggregator(plan, indexer);
        for (int d = from; d < to; d++) {
            QueryPlan.Dx dx = plan.dx().get(d);
            if (dx.indicator() != null) {
                out[d] = indicators.evaluate(dx.indicator(), plan, aggregator, items);
                continue;
            }
            Computed c = cached[d];
            if (c == null || !c.current()) {
                ItemValues values = items.get(dx.item().id());
                Long combo = dx.combo() == null ? null : dx.combo().id();
                double[] cells = aggregator.aggregate(dx.item(), values, combo, plan.pe());
                aggregated.increment();
                c = new Computed(values, values == null ? 0 : values.changes, cells);
                cached[d] = c;
            }
            used[d] = c;
            out[d] = c.cells();
            if (c.values() != null) {
                lastUpdated[d] = c.values().lastUpdatedMillis;
            }
        }
    }

    /** How many items have been aggregated afresh so far (the others came from the per-item aggregate cache). */
    public long itemsAggregated() {
        return aggregated.sum();
    }

    /** Turns the per-item aggregate cache off or on (the benchmark measures both ways). */
    public void cacheAggregates(boolean on) {
        aggregates.enabled(on);
    }

    /** Changes the dx count from which aggregation is split (tests compare both ways). */
    void parallelFrom(int dx) {
        this.parallelFrom = dx;
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
