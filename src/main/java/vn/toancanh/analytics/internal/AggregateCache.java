package vn.toancanh.analytics.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Each data item's aggregated cells for a query shape (its periods, units and disaggregations), kept between queries
 * and checked against the item's change count ({@link ItemValues#changes}) on every use: a write makes only its own
 * items be aggregated again, so a dashboard asking the same query stays live and costs little — incremental, where
 * DHIS2 rebuilds its analytics tables. Indicators are evaluated each time from their operands.
 */
@Component
class AggregateCache {

    /** At most this many cells in all (8 bytes each), least recently used shapes go first. */
    private static final long MAX_CELLS = 4_000_000;

    /** A dx list (the planner's resolved list, by identity) in one query shape. */
    private record Key(Identity dx, Shape shape) {}

    /** A list compared by identity: the planner hands out the same list for the same dx until the catalog changes. */
    private record Identity(List<QueryPlan.Dx> list) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.list == list;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(list);
        }
    }

    /** What a cell depends on besides the item: period slots, unit slots with their coverage, disaggregations. */
    private record Shape(List<List<String>> periods, List<Map<Long, Double>> units, List<@Nullable Long> combos) {

        static Shape of(QueryPlan plan) {
            List<List<String>> pe = new ArrayList<>(plan.pe().size());
            for (QueryPlan.PeSlot slot : plan.pe()) {
                pe.add(slot.periods.stream().map(p -> p.id()).toList());
            }
            List<Map<Long, Double>> ou = new ArrayList<>(plan.ou().size());
            for (QueryPlan.OuSlot slot : plan.ou()) {
                ou.add(slot.coverage());
            }
            List<@Nullable Long> co = new ArrayList<>(plan.co().size());
            for (QueryPlan.CoSlot slot : plan.co()) {
                co.add(slot.comboId());
            }
            return new Shape(pe, ou, co);
        }
    }

    /**
     * One item's cells as aggregated when its values had made {@code changes} changes (null values: none stored), and
     * the cells as the grid writes them (rounded to the item decimals), filled in by the first query that writes them:
     * formatting a broad query's tens of thousands of numbers again each time costs more than reading them.
     */
    record Computed(
            @Nullable ItemValues values,
            long changes,
            double[] cells,
            @Nullable String[] text) {

        Computed(@Nullable ItemValues values, long changes, double[] cells) {
            this(values, changes, cells, new String[cells.length]);
        }

        boolean current() {
            return values != null && values.changes == changes;
        }
    }

    private final Cache<Key, Computed[]> entries = Caffeine.newBuilder()
            .maximumWeight(MAX_CELLS)
            .weigher((Key k, Computed[] v) -> Math.max(
                    1,
                    v.length
                            * Math.max(
                                    1,
                                    k.shape().periods().size()
                                            * k.shape().units().size()
                                            * k.shape().combos().size())))
            .build();

    private volatile boolean enabled = true;

    /** The cached cells of each dx of the plan (an array to fill, shared by the queries of that shape). */
    Computed[] slots(QueryPlan plan) {
        if (!enabled) {
            return new Computed[plan.dx().size()];
        }
        return entries.get(
                new Key(new Identity(plan.dx()), Shape.of(plan)),
                k -> new Computed[plan.dx().size()]);
    }

    /** Turns caching off or on (the benchmark measures both; tests compare both). */
    void enabled(boolean on) {
        enabled = on;
        if (!on) {
            entries.invalidateAll();
        }
    }
}
