package vn.toancanh.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.analytics.DecisionViews.Forecast;
import vn.toancanh.analytics.DecisionViews.ForecastPoint;
import vn.toancanh.analytics.DecisionViews.Growth;
import vn.toancanh.analytics.DecisionViews.Outlier;
import vn.toancanh.analytics.DecisionViews.Point;
import vn.toancanh.analytics.DecisionViews.RankedUnit;
import vn.toancanh.analytics.DecisionViews.TargetStatus;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.TargetDirection;
import vn.toancanh.catalog.TargetView;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/** Decision support built on analytics queries: targets, growth, ranking, forecast and outliers. */
@Component
public class DecisionSupport {

    private final CatalogService catalog;
    private final Lookups lookups;

    DecisionSupport(CatalogService catalog, Lookups lookups) {
        this.catalog = catalog;
        this.lookups = lookups;
    }

    /** The targets of {@code year} for each item or indicator and unit, with the actual figure and a status. */
    public List<TargetStatus> targets(Function<AnalyticsRequest, AnalyticsGrid> query, String dx, String ou, int year) {
        AnalyticsGrid grid =
                query.apply(AnalyticsRequest.of("dx:" + dx, "ou:" + ou).withFilters("pe:" + year));
        List<String> dxs = grid.metaData().dimensions().get("dx");
        Map<String, TargetView> byKey = new LinkedHashMap<>();
        for (TargetView t : catalog.targets(dxs, year)) {
            byKey.put(t.dxCode() + "|" + t.unitId(), t);
        }
        UnitTree units = lookups.units();
        List<TargetStatus> out = new ArrayList<>();
        for (String d : dxs) {
            for (String u : grid.metaData().dimensions().get("ou")) {
                UnitView unit = units.byCode(u).orElseThrow();
                TargetView target = byKey.get(d + "|" + unit.id());
                if (target != null) {
                    out.add(status(target, unit, grid.value(d, u)));
                }
            }
        }
        return out;
    }

    private static TargetStatus status(TargetView target, UnitView unit, OptionalDouble actual) {
        Double value = boxed(actual);
        Double percent = value == null || target.value() == 0 ? null : round(value / target.value() * 100, 1);
        String status;
        if (value == null) {
            status = "NO_DATA";
        } else if (target.direction().isMet(value, target.value())) {
            status = "ACHIEVED";
        } else if (target.direction() == TargetDirection.AT_LEAST
                ? value >= 0.9 * target.value()
                : value <= 1.1 * target.value()) {
            status = "NEAR";
        } else {
            status = "BEHIND";
        }
        return new TargetStatus(
                target.dxCode(),
                unit.code(),
                unit.name(),
                target.year(),
                target.value(),
                value,
                percent,
                target.direction().name(),
                status);
    }

    private static final double Z_LIMIT = 3.0;
    private static final double MODIFIED_Z_LIMIT = 3.5;

    /** Growth of each (dx, pe, ou) cell against the same period one year before. */
    public List<Growth> growth(
            Function<AnalyticsRequest, AnalyticsGrid> query, String dx, String pe, String ou, LocalDate today) {
        AnalyticsGrid now = query.apply(
                AnalyticsRequest.of("dx:" + dx, "pe:" + pe, "ou:" + ou).relativeTo(today));
        List<String> periods = now.metaData().dimensions().get("pe");
        List<String> previous =
                periods.stream().map(DecisionSupport::yearBefore).toList();
        AnalyticsGrid before =
                query.apply(AnalyticsRequest.of("dx:" + dx, "pe:" + String.join(";", previous), "ou:" + ou));
        List<Growth> out = new ArrayList<>();
        for (String d : now.metaData().dimensions().get("dx")) {
            for (int i = 0; i < periods.size(); i++) {
                for (String u : now.metaData().dimensions().get("ou")) {
                    Double v = boxed(now.value(d, periods.get(i), u));
                    Double p = boxed(before.value(d, previous.get(i), u));
                    Double g = v == null || p == null || p == 0 ? null : (v - p) / Math.abs(p) * 100;
                    out.add(new Growth(d, periods.get(i), u, v, previous.get(i), p, g == null ? null : round(g, 2)));
                }
            }
        }
        return out;
    }

    /** Units ranked by one item or indicator over a period (a filter: the whole period). */
    public List<RankedUnit> ranking(
            Function<AnalyticsRequest, AnalyticsGrid> query,
            String dx,
            String pe,
            String ou,
            boolean ascending,
            LocalDate today) {
        requireSingle(dx, "dx");
        AnalyticsGrid grid = query.apply(AnalyticsRequest.of("dx:" + dx, "ou:" + ou)
                .withFilters("pe:" + pe)
                .relativeTo(today));
        List<RankedUnit> rows = new ArrayList<>();
        List<List<String>> sorted = new ArrayList<>(grid.rows());
        Comparator<List<String>> byValue = Comparator.comparingDouble(r -> Double.parseDouble(r.get(2)));
        sorted.sort(ascending ? byValue : byValue.reversed());
        for (int i = 0; i < sorted.size(); i++) {
            List<String> r = sorted.get(i);
            String name = grid.metaData().items().get(r.get(1)).name();
            int rank = i > 0 && sorted.get(i - 1).get(2).equals(r.get(2))
                    ? rows.get(i - 1).rank()
                    : i + 1;
            rows.add(new RankedUnit(r.get(1), name, Double.parseDouble(r.get(2)), rank, sorted.size()));
        }
        return rows;
    }

    /**
     * The last {@code months} months of a monthly series and a forecast of the next {@code horizon}: a linear trend
     * plus the average deviation of each calendar month (with two years or more of history), with an interval of
     * ±1.96 residual standard deviations widening with the distance.
     */
    public Forecast forecast(
            Function<AnalyticsRequest, AnalyticsGrid> query,
            String dx,
            String ou,
            int months,
            int horizon,
            LocalDate today) {
        requireSingle(dx, "dx");
        requireSingle(ou, "ou");
        if (months < 3 || months > 120 || horizon < 1 || horizon > 24) {
            throw InvalidInputException.of("months", "Lịch sử 3–120 tháng, dự báo 1–24 tháng");
        }
        Period current = Period.of(PeriodType.MONTHLY, today);
        List<Period> window = new ArrayList<>();
        Period p = current;
        for (int i = 0; i < months; i++) {
            p = p.previous();
            window.add(0, p);
        }
        AnalyticsGrid grid = query.apply(AnalyticsRequest.of(
                "dx:" + dx,
                "pe:" + String.join(";", window.stream().map(Period::id).toList()),
                "ou:" + ou));
        List<Point> history = new ArrayList<>();
        List<double[]> xs = new ArrayList<>();
        for (int i = 0; i < window.size(); i++) {
            OptionalDouble v = grid.value(dx, window.get(i).id(), ou);
            if (v.isPresent()) {
                history.add(new Point(window.get(i).id(), v.getAsDouble()));
                xs.add(new double[] {
                    i, v.getAsDouble(), window.get(i).startDate().getMonthValue()
                });
            }
        }
        if (xs.size() < 3) {
            return new Forecast(dx, ou, "NONE", history, List.of());
        }
        boolean seasonal = xs.size() >= 24;
        double[] season = new double[13];
        double[] fit = linear(xs, season);
        // Backfitting: the trend fitted on the deseasonalised series, the season (centred) on the detrended one.
        for (int round = 0; seasonal && round < 20; round++) {
            season = seasonOf(xs, fit);
            fit = linear(xs, season);
        }
        double sse = 0;
        for (double[] x : xs) {
            double e = x[1] - (fit[0] + fit[1] * x[0] + season[(int) x[2]]);
            sse += e * e;
        }
        double sd = Math.sqrt(sse / Math.max(1, xs.size() - 2));
        List<ForecastPoint> forecast = new ArrayList<>();
        Period next = current.previous();
        for (int h = 1; h <= horizon; h++) {
            next = next.next();
            double t = window.size() - 1 + h;
            double value = fit[0] + fit[1] * t + season[next.startDate().getMonthValue()];
            double spread = 1.96 * sd * Math.sqrt(1 + (double) h / xs.size());
            forecast.add(
                    new ForecastPoint(next.id(), round(value, 4), round(value - spread, 4), round(value + spread, 4)));
        }
        return new Forecast(dx, ou, seasonal ? "TREND_SEASONAL" : "TREND", history, forecast);
    }

    /**
     * Values of the queried periods far from their unit's history over the same window and the 24 months before:
     * beyond 3 standard deviations of the mean (ZSCORE) or 3.5 modified z-scores of the median (MEDIAN); named in
     * English where the catalog has English names and {@code english} is set.
     */
    public List<Outlier> outliers(
            Function<AnalyticsRequest, AnalyticsGrid> query,
            String dx,
            String pe,
            String ou,
            String method,
            LocalDate today,
            boolean english) {
        boolean median = switch (method) {
            case "MEDIAN" -> true;
            case "ZSCORE" -> false;
            default -> throw InvalidInputException.of("method", "Phương pháp là ZSCORE hoặc MEDIAN");
        };
        AnalyticsGrid recent = query.apply(
                new AnalyticsRequest(List.of("dx:" + dx, "pe:" + pe, "ou:" + ou), List.of(), today, english, false));
        List<String> periods = recent.metaData().dimensions().get("pe");
        List<Period> history = historyBefore(periods);
        AnalyticsGrid past = query.apply(AnalyticsRequest.of(
                "dx:" + String.join(";", recent.metaData().dimensions().get("dx")),
                "pe:" + String.join(";", history.stream().map(Period::id).toList()),
                "ou:" + String.join(";", recent.metaData().dimensions().get("ou"))));
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (List<String> r : past.rows()) {
            series.computeIfAbsent(r.get(0) + "|" + r.get(2), k -> new ArrayList<>())
                    .add(Double.parseDouble(r.get(3)));
        }
        Map<String, AnalyticsGrid.MetaItem> names = recent.metaData().items();
        List<Outlier> out = new ArrayList<>();
        for (List<String> r : recent.rows()) {
            List<Double> values = series.getOrDefault(r.get(0) + "|" + r.get(2), List.of());
            if (values.size() < 6) {
                continue;
            }
            double v = Double.parseDouble(r.get(3));
            double[] range = median ? medianRange(values) : meanRange(values);
            double score = range[2] == 0 ? 0 : (v - range[0]) / range[2];
            double limit = median ? MODIFIED_Z_LIMIT : Z_LIMIT;
            if (Math.abs(score) > limit) {
                out.add(new Outlier(
                        r.get(0),
                        r.get(1),
                        r.get(2),
                        v,
                        round(score, 2),
                        round(range[0] - limit * range[2], 4),
                        round(range[0] + limit * range[2], 4),
                        method,
                        nameOf(names, r.get(0)),
                        nameOf(names, r.get(1)),
                        nameOf(names, r.get(2)),
                        names.containsKey(r.get(0)) ? names.get(r.get(0)).unitOfMeasure() : null));
            }
        }
        out.sort(Comparator.comparingDouble((Outlier o) -> -Math.abs(o.score())));
        return out;
    }

    private static String nameOf(Map<String, AnalyticsGrid.MetaItem> names, String id) {
        AnalyticsGrid.MetaItem item = names.get(id);
        return item == null ? id : item.name();
    }

    private static List<Period> historyBefore(List<String> periods) {
        Period first = periods.stream()
                .map(id -> Period.parse(id).orElseThrow())
                .min(Period::compareTo)
                .orElseThrow();
        List<Period> history = new ArrayList<>();
        Period p = first;
        int count = first.type() == PeriodType.MONTHLY ? 24 : first.type() == PeriodType.QUARTERLY ? 8 : 6;
        for (int i = 0; i < count; i++) {
            p = p.previous();
            history.add(0, p);
        }
        return history;
    }

    /** {mean, unused, standard deviation}. */
    private static double[] meanRange(List<Double> values) {
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double var = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (values.size() - 1);
        return new double[] {mean, 0, Math.sqrt(var)};
    }

    /** {median, unused, MAD / 0.6745}: the scale of the modified z-score. */
    private static double[] medianRange(List<Double> values) {
        double median = median(values);
        double mad = median(values.stream().map(v -> Math.abs(v - median)).toList());
        return new double[] {median, 0, mad / 0.6745};
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Least squares {intercept, slope} of x[1] − season over x[0]. */
    private static double[] linear(List<double[]> xs, double[] season) {
        double n = xs.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (double[] x : xs) {
            double y = x[1] - season[(int) x[2]];
            sx += x[0];
            sy += y;
            sxx += x[0] * x[0];
            sxy += x[0] * y;
        }
        double d = n * sxx - sx * sx;
        double slope = d == 0 ? 0 : (n * sxy - sx * sy) / d;
        return new double[] {(sy - slope * sx) / n, slope};
    }

    /** The mean deviation from the trend of each calendar month, centred so the months add up to zero. */
    private static double[] seasonOf(List<double[]> xs, double[] fit) {
        double[] season = new double[13];
        int[] count = new int[13];
        for (double[] x : xs) {
            season[(int) x[2]] += x[1] - (fit[0] + fit[1] * x[0]);
            count[(int) x[2]]++;
        }
        double mean = 0;
        int months = 0;
        for (int m = 1; m <= 12; m++) {
            if (count[m] > 0) {
                season[m] /= count[m];
                mean += season[m];
                months++;
            }
        }
        mean = months == 0 ? 0 : mean / months;
        for (int m = 1; m <= 12; m++) {
            season[m] = count[m] == 0 ? 0 : season[m] - mean;
        }
        return season;
    }

    static String yearBefore(String periodId) {
        Period p = Period.parse(periodId).orElseThrow();
        return Period.of(p.type(), p.startDate().minusYears(1)).id();
    }

    private static void requireSingle(String items, String field) {
        if (items.contains(";") || items.startsWith("DE_GROUP-")) {
            throw InvalidInputException.of(
                    field, field.equals("dx") ? "Chỉ chọn một chỉ tiêu hoặc chỉ số" : "Chỉ chọn một đơn vị");
        }
    }

    private static @Nullable Double boxed(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
