package vn.toancanh.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/**
 * A parsed and resolved analytics request: the data items (or indicators), the period slots, the unit slots and the
 * disaggregations, each either a dimension (one slot per item) or a filter (one slot for all its items).
 */
record QueryPlan(
        List<Axis> axes,
        List<Dx> dx,
        List<PeSlot> pe,
        List<OuSlot> ou,
        List<CoSlot> co,
        boolean coDimension,
        Map<String, List<String>> dimensionIds,
        boolean english,
        boolean skipRounding) {

    enum Axis {
        DX,
        PE,
        OU,
        CO
    }

    boolean hasIndicators() {
        for (Dx d : dx) {
            if (d.indicator() != null) {
                return true;
            }
        }
        return false;
    }

    int cellsPerDx() {
        return pe.size() * ou.size() * co.size();
    }

    /**
     * A data item, one of its disaggregations ({@code ITEM.COMBO}), or an indicator over items. Resolved data items are
     * kept between queries ({@link QueryPlanner}), and with them their grid metadata ({@link MetaCache}).
     */
    record Dx(
            String id,
            @Nullable DataItemView item,
            @Nullable OptionComboView combo,
            @Nullable IndicatorPlan indicator,
            MetaCache.Slot meta) {

        Dx(String id, @Nullable DataItemView item, @Nullable OptionComboView combo, @Nullable IndicatorPlan indicator) {
            this(id, item, combo, indicator, new MetaCache.Slot());
        }
    }

    /** A column of periods: one period in a dimension, all the filter's periods in a filter. */
    static final class PeSlot {
        final String id;
        final List<Period> periods;
        private final Map<PeriodType, Ranges> ranges = new EnumMap<>(PeriodType.class);

        PeSlot(String id, List<Period> periods) {
            this.id = id;
            this.periods = List.copyOf(periods);
        }

        /**
         * The ordinal ranges of stored periods of {@code type} counting towards this slot, merged, oldest first.
         * Computed once per type; a slot is used by one thread, or by several after {@link #prepareRanges} (the planner
         * prepares the slots it keeps between queries).
         */
        Ranges ranges(PeriodType type) {
            return ranges.computeIfAbsent(type, this::compute);
        }

        /** Works out the ranges of every type now, before threads share the slot (they then only read the map). */
        void prepareRanges() {
            for (PeriodType type : PeriodType.values()) {
                ranges(type);
            }
        }

        private Ranges compute(PeriodType type) {
            List<int[]> spans = new ArrayList<>();
            for (Period p : periods) {
                int[] r = PeriodOrdinals.within(type, p.startDate(), p.endDate());
                if (r[0] <= r[1]) {
                    spans.add(r);
                }
            }
            spans.sort(Comparator.comparingInt(r -> r[0]));
            List<int[]> merged = new ArrayList<>();
            for (int[] r : spans) {
                int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (last != null && r[0] <= last[1] + 1) {
                    last[1] = Math.max(last[1], r[1]);
                } else {
                    merged.add(new int[] {r[0], r[1]});
                }
            }
            int containing = Integer.MIN_VALUE;
            if (periods.size() == 1) {
                LocalDate start = periods.get(0).startDate();
                int c = PeriodOrdinals.of(type, start);
                if (c == PeriodOrdinals.of(type, periods.get(0).endDate())
                        && PeriodOrdinals.covers(type, c, start, periods.get(0).endDate())) {
                    containing = c;
                }
            }
            int[] firsts = new int[merged.size()];
            int[] lasts = new int[merged.size()];
            for (int i = 0; i < merged.size(); i++) {
                firsts[i] = merged.get(i)[0];
                lasts[i] = merged.get(i)[1];
            }
            return new Ranges(firsts, lasts, containing);
        }
    }

    /**
     * @param containing the stored period of a coarser type that contains the whole slot (a year's population read
     *     for one of its months), or {@code Integer.MIN_VALUE}
     */
    record Ranges(int[] firsts, int[] lasts, int containing) {}

    /** A row of units: one unit in a dimension, the union of the filter's units in a filter. */
    record OuSlot(String id, List<UnitView> units, Map<Long, Double> coverage) {}

    /** A disaggregation column; {@code comboId} null means every disaggregation (totals). */
    record CoSlot(
            @Nullable Long comboId,
            String id,
            String name,
            @Nullable String nameEn) {

        static final CoSlot TOTAL = new CoSlot(null, "total", "Tổng", "Total");
    }
}
