package vn.toancanh.analytics.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Each data item's aggregated cells for a query shape (its periods, units and disaggregations, and the grid's layout),
 * kept between queries and checked against the item's change count ({@link ItemValues#changes}) on every use: a write
 * makes only its own items be aggregated again, so a dashboard asking the same query stays live and costs little —
 * incremental, where DHIS2 rebuilds its analytics tables. Indicators are evaluated each time from their operands.
 */
@Component
class AggregateCache {

    /**
     * At most this many cells in all, least recently used shapes go first. A cell costs about 100 bytes: the number,
     * its text and its grid row.
     */
    private static final long MAX_CELLS = 1_000_000;

    /** A dx list (the planner's resolved list, by identity) in one query shape and grid layout. */
    private record Key(Identity dx, Shape shape, Layout layout) {}

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

    /** What a cell's grid row depends on besides the item and its value: the columns, their ids and the rounding. */
    private record Layout(
            List<QueryPlan.Axis> axes, List<String> pe, List<String> ou, List<String> co, boolean skipRounding) {

        static Layout of(QueryPlan plan) {
            return new Layout(
                    plan.axes(),
                    plan.pe().stream().map(s -> s.id).toList(),
                    plan.ou().stream().map(QueryPlan.OuSlot::id).toList(),
                    plan.co().stream().map(QueryPlan.CoSlot::id).toList(),
                    plan.skipRounding());
        }
    }

    /**
     * One item's cells as aggregated when its values had made {@code changes} changes (null values: none stored), and
     * each cell's grid row, filled in by the first query that writes it: formatting a broad query's tens of thousands
     * of numbers, or even allocating their rows, again each time costs more than reading them.
     */
    record Computed(
            @Nullable ItemValues values,
            long changes,
            double[] cells,
            @Nullable List<String>[] rows) {

        @SuppressWarnings("unchecked")
        Computed(@Nullable ItemValues values, long changes, double[] cells) {
            this(values, changes, cells, (List<String>[]) new List<?>[cells.length]);
        }

        boolean current() {
            return values != null && values.changes == changes;
        }
    }

    /**
     * The cached cells of one dx list in one shape and layout, shared by the queries asking it, and the grid rows of
     * the last answer with the entries they came from: while every entry is still the one used and current, the next
     * query's rows are those rows.
     */
    static final class Slots {
        final Computed[] computed;
        private volatile @Nullable Answer last;

        Slots(int size) {
            this.computed = new Computed[size];
        }

        /** The last answer's rows if every dx still has the entry it had then, and it is current; otherwise null. */
        @Nullable
        List<List<String>> unchangedRows(long[] lastUpdated) {
            Answer answer = last;
            if (answer == null) {
                return null;
            }
            Computed[] used = answer.used();
            for (int d = 0; d < used.length; d++) {
                Computed c = computed[d];
                if (c != used[d] || !c.current()) {
                    return null;
                }
                lastUpdated[d] = c.values().lastUpdatedMillis;
            }
            return answer.rows();
        }

        /** Keeps {@code rows}, built from exactly the entries {@code used} (all current, none an indicator). */
        void keep(Computed[] used, List<List<String>> rows) {
            last = new Answer(used, rows);
        }
    }

    private record Answer(Computed[] used, List<List<String>> rows) {}

    /** Weighs a cached dx list by its cells. */
    private static int weight(Key k, Slots v) {
        long cells = (long) v.computed.length
                * Math.max(
                        1,
                        k.shape().periods().size()
                                * k.shape().units().size()
                                * k.shape().combos().size());
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, cells));
    }

    private final Cache<Key, Slots> entries = Caffeine.newBuilder()
            .maximumWeight(MAX_CELLS)
            .weigher(AggregateCache::weight)
            .build();

    private volatile boolean enabled = true;

    /** The cached cells of each dx of the plan (shared by the queries of that shape), or a fresh set when off. */
    Slots slots(QueryPlan plan) {
        if (!enabled) {
            return new Slots(plan.dx().size());
        }
        return entries.get(
                new Key(new Identity(plan.dx()), Shape.of(plan), Layout.of(plan)),
                k -> new Slots(plan.dx().size()));
    }

    boolean enabled() {
        return enabled;
    }

    /** Turns caching off or on (the benchmark measures both; tests compare both). */
    void enabled(boolean on) {
        enabled = on;
        if (!on) {
            entries.invalidateAll();
        }
    }
}
