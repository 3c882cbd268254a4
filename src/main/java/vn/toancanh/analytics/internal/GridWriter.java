package vn.toancanh.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.Period;

/** Turns aggregated cells into DHIS2's grid: headers in request order, rows without missing values, metadata. */
final class GridWriter {

    static final int ITEM_DECIMALS = 4;
    private static final int FULL_DECIMALS = 10;

    private GridWriter() {}

    static AnalyticsGrid write(
            QueryPlan plan,
            List<List<String>> rows,
            long[] lastUpdated,
            UnitTree units,
            boolean skipMeta,
            MetaCache cache) {
        List<AnalyticsGrid.Header> headers = new ArrayList<>();
        for (QueryPlan.Axis axis : plan.axes()) {
            headers.add(header(axis, plan.english()));
        }
        headers.add(new AnalyticsGrid.Header(
                "value", plan.english() ? "Value" : "Giá trị", "NUMBER", "java.lang.Double", false, false));
        AnalyticsGrid.MetaData meta = skipMeta ? null : meta(plan, lastUpdated, units, cache);
        return AnalyticsGrid.of(headers, rows, meta);
    }

    /**
     * The rows in axis order, last axis fastest, skipping empty cells. Walks the cells with an odometer whose positions
     * move the cell index by each axis' stride: a group query has a hundred thousand cells to visit. {@code kept}: per
     * dx, each cell's row as built before (or a place to keep it), null where there is none (an indicator).
     */
    static List<List<String>> rows(QueryPlan plan, List<double[]> cells, @Nullable List<String>[][] kept) {
        List<QueryPlan.Axis> axes = plan.axes();
        int k = axes.size();
        int nOu = plan.ou().size();
        int nCo = plan.co().size();
        boolean[] isDx = new boolean[k];
        int[] size = new int[k];
        int[] stride = new int[k];
        String[][] labels = new String[k][];
        for (int a = 0; a < k; a++) {
            switch (axes.get(a)) {
                case DX -> {
                    isDx[a] = true;
                    labels[a] = plan.dimensionIds().get("dx").toArray(String[]::new);
                }
                case PE -> {
                    stride[a] = nOu * nCo;
                    labels[a] = plan.pe().stream().map(p -> p.id).toArray(String[]::new);
                }
                case OU -> {
                    stride[a] = nCo;
                    labels[a] = plan.ou().stream().map(QueryPlan.OuSlot::id).toArray(String[]::new);
                }
                case CO -> {
                    stride[a] = 1;
                    labels[a] = plan.co().stream().map(QueryPlan.CoSlot::id).toArray(String[]::new);
                }
            }
            size[a] = labels[a].length;
        }
        int[] decimals = new int[plan.dx().size()];
        for (int d = 0; d < decimals.length; d++) {
            decimals[d] = decimals(plan, plan.dx().get(d));
        }
        List<List<String>> rows = new ArrayList<>();
        int[] at = new int[k];
        int dx = 0;
        int cell = 0;
        while (true) {
            double v = cells.get(dx)[cell];
            if (v == v && !Double.isInfinite(v)) {
                List<String>[] keep = kept[dx];
                List<String> row = keep == null ? null : keep[cell];
                if (row == null) {
                    String[] columns = new String[k + 1];
                    for (int a = 0; a < k; a++) {
                        columns[a] = labels[a][at[a]];
                    }
                    columns[k] = format(v, decimals[dx]);
                    row = List.of(columns); // shared by later answers: unmodifiable
                    if (keep != null) {
                        keep[cell] = row; // the same for every query of this shape until the item changes
                    }
                }
                rows.add(row);
            }
            int a = k - 1;
            for (; a >= 0; a--) {
                at[a]++;
                if (isDx[a]) {
                    dx++;
                } else {
                    cell += stride[a];
                }
                if (at[a] < size[a]) {
                    break;
                }
                if (isDx[a]) {
                    dx -= size[a];
                } else {
                    cell -= stride[a] * size[a];
                }
                at[a] = 0;
            }
            if (a < 0) {
                return Collections.unmodifiableList(rows); // kept for later answers too
            }
        }
    }

    private static int decimals(QueryPlan plan, QueryPlan.Dx dx) {
        if (plan.skipRounding()) {
            return FULL_DECIMALS;
        }
        return dx.indicator() != null ? dx.indicator().decimals() : ITEM_DECIMALS;
    }

    private static final long[] POWERS = {
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000L
    };

    /** A plain decimal: {@code 1234.5}, {@code 12}, never an exponent or a grouping separator. */
    static String format(double v, int decimals) {
        // The usual case by integer arithmetic: a broad query formats tens of thousands of values.
        double scaled = v * POWERS[decimals];
        if (Math.abs(scaled) < 1e12) {
            long units = Math.round(scaled);
            if (units == 0) {
                return "0";
            }
            long whole = units / POWERS[decimals];
            long fraction = Math.abs(units % POWERS[decimals]);
            if (fraction == 0) {
                return Long.toString(whole);
            }
            int digits = decimals;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            StringBuilder b = new StringBuilder(24);
            if (units < 0 && whole == 0) {
                b.append('-');
            }
            b.append(whole).append('.');
            String f = Long.toString(fraction);
            for (int i = f.length(); i < digits; i++) {
                b.append('0');
            }
            return b.append(f).toString();
        }
        return formatExactly(v, decimals);
    }

    private static String formatExactly(double v, int decimals) {
        BigDecimal d =
                BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        String s = d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static AnalyticsGrid.Header header(QueryPlan.Axis axis, boolean en) {
        String column = switch (axis) {
            case DX -> en ? "Data" : "Dữ liệu";
            case PE -> en ? "Period" : "Kỳ";
            case OU -> en ? "Organisation unit" : "Đơn vị";
            case CO -> en ? "Disaggregation" : "Phân tổ";
        };
        return new AnalyticsGrid.Header(
                axis.name().toLowerCase(Locale.ROOT), column, "TEXT", "java.lang.String", false, true);
    }

    /**
     * The metadata: the axis names, every dx, then the periods, units and disaggregations, in that order. The dx part —
     * tens of thousands of entries for a domain overview — comes from {@link MetaCache#dxPart} and is joined to the rest
     * rather than copied into one map.
     */
    private static AnalyticsGrid.MetaData meta(QueryPlan plan, long[] lastUpdated, UnitTree units, MetaCache cache) {
        boolean en = plan.english();
        AnalyticsGrid.MetaItem[] dxItems = new AnalyticsGrid.MetaItem[plan.dx().size()];
        for (int d = 0; d < dxItems.length; d++) {
            QueryPlan.Dx dx = plan.dx().get(d);
            dxItems[d] = dx.indicator() != null
                    ? cache.indicator(dx, en, () -> indicatorItem(dx.indicator(), en))
                    : cache.item(dx, en, lastUpdated[d], units);
        }
        Map<String, AnalyticsGrid.MetaItem> dxPart = cache.dxPart(plan.dx(), dxItems);
        Map<String, AnalyticsGrid.MetaItem> head = new LinkedHashMap<>();
        for (QueryPlan.Axis axis : QueryPlan.Axis.values()) {
            head.put(
                    axis.name().toLowerCase(Locale.ROOT),
                    AnalyticsGrid.MetaItem.named(header(axis, en).column()));
        }
        Map<String, AnalyticsGrid.MetaItem> tail = new LinkedHashMap<>();
        for (QueryPlan.PeSlot slot : plan.pe()) {
            for (Period p : slot.periods) {
                tail.putIfAbsent(p.id(), AnalyticsGrid.MetaItem.named(en ? labelEn(p) : p.labelVi()));
            }
        }
        for (QueryPlan.OuSlot slot : plan.ou()) {
            for (UnitView u : slot.units()) {
                tail.putIfAbsent(u.code(), new AnalyticsGrid.MetaItem(u.name(), u.code(), null, null, null, null));
            }
        }
        for (QueryPlan.CoSlot co : plan.co()) {
            String name = en && co.nameEn() != null ? co.nameEn() : co.name();
            tail.putIfAbsent(co.id(), AnalyticsGrid.MetaItem.named(name));
        }
        Map<String, List<String>> dimensions = new LinkedHashMap<>(plan.dimensionIds());
        return new AnalyticsGrid.MetaData(JoinedMap.of(head, dxPart, tail), dimensions);
    }

    private static AnalyticsGrid.MetaItem indicatorItem(IndicatorPlan i, boolean en) {
        return new AnalyticsGrid.MetaItem(
                en && i.nameEn() != null ? i.nameEn() : i.name(), i.code(), i.unitOfMeasure(), null, null, null);
    }

    static String labelEn(Period p) {
        String id = p.id();
        return switch (p.type()) {
            case DAILY -> p.startDate().toString();
            case WEEKLY -> "Week " + id.substring(5) + " " + id.substring(0, 4);
            case MONTHLY ->
                p.startDate().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + id.substring(0, 4);
            case QUARTERLY -> "Q" + id.substring(5) + " " + id.substring(0, 4);
            case SIX_MONTHLY -> (id.endsWith("1") ? "January - June " : "July - December ") + id.substring(0, 4);
            case NINE_MONTHLY -> "January - September " + id.substring(0, 4);
            case YEARLY -> id;
        };
    }
}
