package vn.toancanh.analytics.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.AggregationType;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.shared.PeriodType;

/**
 * Aggregates one data item over a plan's period and unit slots: first over time within each series (unit ×
 * disaggregation) with the item's time aggregation, then over the series that count towards each unit slot with its
 * unit aggregation. Missing values are skipped, never taken as zero; a cell with no value is NaN.
 */
final class Aggregator {

    private static final PeriodType[] TYPES = PeriodType.values();

    private final QueryPlan plan;
    private final int[][] unitSlots;
    private final double[][] unitWeights;

    Aggregator(QueryPlan plan, UnitIndexer indexer) {
        this.plan = plan;
        int size = indexer.size();
        int[][] slots = new int[size][];
        double[][] weights = new double[size][];
        for (int o = 0; o < plan.ou().size(); o++) {
            for (Map.Entry<Long, Double> e : plan.ou().get(o).coverage().entrySet()) {
                int index = indexer.existingIndex(e.getKey());
                if (index < 0 || index >= size) {
                    continue;
                }
                slots[index] = append(slots[index], o);
                weights[index] = append(weights[index], e.getValue());
            }
        }
        this.unitSlots = slots;
        this.unitWeights = weights;
    }

    /** Cells indexed {@code (pe * ouCount + ou) * coCount + co}; {@code comboFilter} limits to one disaggregation. */
    double[] aggregate(
            DataItemView item,
            @Nullable ItemValues values,
            @Nullable Long comboFilter,
            List<QueryPlan.PeSlot> periods) {
        int nOu = plan.ou().size();
        int nCo = plan.co().size();
        int cells = periods.size() * nOu * nCo;
        Cells acc = cells(cells, item.aggregationType());
        if (values != null) {
            AggregationType time = item.timeAggregationType();
            for (Series s : values.series()) {
                if (s.unitIndex >= unitSlots.length || unitSlots[s.unitIndex] == null) {
                    continue;
                }
                if (comboFilter != null && s.optionComboId != comboFilter) {
                    continue;
                }
                int co = coSlot(s.optionComboId);
                if (co < 0) {
                    continue;
                }
                int[] slots = unitSlots[s.unitIndex];
                double[] weights = unitWeights[s.unitIndex];
                QueryPlan.Ranges[] ranges = rangesFor(periods, s.type);
                for (int p = 0; p < ranges.length; p++) {
                    int year = wholeYear(s, ranges[p]);
                    double v = year == Integer.MIN_VALUE ? overTime(s, ranges[p], time) : s.year(year, time, ranges[p]);
                    if (v != v) {
                        continue;
                    }
                    for (int k = 0; k < slots.length; k++) {
                        acc.add((p * nOu + slots[k]) * nCo + co, v, weights[k]);
                    }
                }
            }
        }
        return acc.result();
    }

    private @Nullable Cells reusable;

    /** One set of accumulators for the whole query (a broad query aggregates tens of thousands of items). */
    private Cells cells(int size, AggregationType type) {
        if (reusable == null || reusable.size() < size) {
            reusable = new Cells(size);
        }
        reusable.reset(size, type);
        return reusable;
    }

    /** The plan's own slots' ranges by stored period type; asked for every series, so an array, not a map. */
    private final QueryPlan.Ranges[][] planRanges = new QueryPlan.Ranges[TYPES.length][];
    /** Those of other slots: an indicator's shifted periods (previous period, year to date). */
    private final java.util.IdentityHashMap<List<QueryPlan.PeSlot>, QueryPlan.Ranges[][]> ranges =
            new java.util.IdentityHashMap<>();

    /** The slots' ranges for one stored period type, worked out once per query and type. */
    private QueryPlan.Ranges[] rangesFor(List<QueryPlan.PeSlot> periods, PeriodType type) {
        QueryPlan.Ranges[][] byType = periods == plan.pe()
                ? planRanges
                : ranges.computeIfAbsent(periods, p -> new QueryPlan.Ranges[TYPES.length][]);
        QueryPlan.Ranges[] r = byType[type.ordinal()];
        if (r == null) {
            r = new QueryPlan.Ranges[periods.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = periods.get(i).ranges(type);
            }
            byType[type.ordinal()] = r;
        }
        return r;
    }

    private int coSlot(long comboId) {
        List<QueryPlan.CoSlot> co = plan.co();
        if (co.size() == 1 && co.get(0).comboId() == null) {
            return 0;
        }
        for (int i = 0; i < co.size(); i++) {
            Long id = co.get(i).comboId();
            if (id != null && id == comboId) {
                return i;
            }
        }
        return -1;
    }

    /** The year the ranges cover exactly, for a monthly series; {@code Integer.MIN_VALUE} otherwise. */
    private static int wholeYear(Series s, QueryPlan.Ranges r) {
        if (s.type != PeriodType.MONTHLY || r.firsts().length != 1) {
            return Integer.MIN_VALUE;
        }
        int first = r.firsts()[0];
        return Math.floorMod(first, 12) == 0 && r.lasts()[0] == first + 11 ? first / 12 : Integer.MIN_VALUE;
    }

    /** The series' value over the ranges: NaN when it holds none there. */
    static double overTime(Series s, QueryPlan.Ranges r, AggregationType type) {
        double[] v = s.raw();
        int base = s.first();
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double last = Double.NaN;
        int n = 0;
        for (int k = 0; k < r.firsts().length; k++) {
            int from = Math.max(r.firsts()[k], base) - base;
            int to = Math.min(r.lasts()[k], base + v.length - 1) - base;
            for (int i = from; i <= to; i++) {
                double x = v[i];
                if (x == x) {
                    sum += x;
                    n++;
                    if (x < min) {
                        min = x;
                    }
                    if (x > max) {
                        max = x;
                    }
                    last = x;
                }
            }
        }
        if (n == 0) {
            return r.containing() != Integer.MIN_VALUE && type != AggregationType.SUM && type != AggregationType.COUNT
                    ? s.get(r.containing())
                    : Double.NaN;
        }
        return switch (type) {
            case SUM -> sum;
            case AVERAGE -> sum / n;
            case LAST -> last;
            case MIN -> min;
            case MAX -> max;
            case COUNT -> n;
            case NONE -> n == 1 ? last : Double.NaN;
        };
    }

    /** Accumulators over units, one per cell. LAST over units adds up, as DHIS2 does (a stock summed over units). */
    static final class Cells {
        private AggregationType type = AggregationType.SUM;
        private int used;
        private final double[] sum;
        private final double[] weight;
        private final double[] min;
        private final double[] max;
        private final int[] count;

        Cells(int size) {
            sum = new double[size];
            weight = new double[size];
            count = new int[size];
            min = new double[size];
            max = new double[size];
        }

        int size() {
            return sum.length;
        }

        void reset(int size, AggregationType type) {
            this.type = type;
            this.used = size;
            Arrays.fill(sum, 0, size, 0);
            Arrays.fill(weight, 0, size, 0);
            Arrays.fill(count, 0, size, 0);
            Arrays.fill(min, 0, size, Double.POSITIVE_INFINITY);
            Arrays.fill(max, 0, size, Double.NEGATIVE_INFINITY);
        }

        void add(int cell, double v, double w) {
            sum[cell] += v * w;
            weight[cell] += w;
            count[cell]++;
            if (v < min[cell]) {
                min[cell] = v;
            }
            if (v > max[cell]) {
                max[cell] = v;
            }
        }

        double[] result() {
            double[] out = new double[used];
            for (int i = 0; i < out.length; i++) {
                out[i] = count[i] == 0
                        ? Double.NaN
                        : switch (type) {
                            case SUM, LAST -> sum[i];
                            case AVERAGE -> sum[i] / weight[i];
                            case MIN -> min[i];
                            case MAX -> max[i];
                            case COUNT -> count[i];
                            case NONE -> count[i] == 1 ? sum[i] / weight[i] : Double.NaN;
                        };
            }
            return out;
        }
    }

    private static int[] append(int @Nullable [] a, int v) {
        int[] out = a == null ? new int[1] : Arrays.copyOf(a, a.length + 1);
        out[out.length - 1] = v;
        return out;
    }

    private static double[] append(double @Nullable [] a, double v) {
        double[] out = a == null ? new double[1] : Arrays.copyOf(a, a.length + 1);
        out[out.length - 1] = v;
        return out;
    }
}
