package vn.toancanh.datavalues.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import vn.toancanh.catalog.AggregationType;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.shared.Period;

/**
 * Deterministic demo values: each value depends only on the seed and its own key (item, unit, period, option combo),
 * never on generation order, so the same seed gives the same data and a longer run extends a shorter one. Magnitudes
 * follow the unit of measure; series have a yearly trend, seasonality (strong for agriculture), noise and a few gaps
 * (a missing value is not a zero).
 */
public final class DemoValueGenerator {

    /** Share of (item, unit, period) keys left empty, as real reporting has holes. */
    static final double GAP_RATE = 0.03;

    /**
     * One deliberately unusual month, so the dashboards' warnings have something to show: a festival brings a commune
     * about three times its usual tourists in the last complete month (the tourism group is reported by the communes
     * with the default seed).
     */
    static final String UNUSUAL_ITEM = "XH-VHTT-05-001";

    static final String UNUSUAL_UNIT = "11605";
    static final double UNUSUAL_FACTOR = 3.2;

    /** Agriculture's calendar in the Red River delta: spring rice harvested in June, summer-autumn in October. */
    private static final double[] HARVEST = {0.3, 0.3, 0.5, 0.8, 1.4, 1.9, 1.0, 0.6, 0.8, 1.5, 1.8, 0.9};

    private final long seed;

    public DemoValueGenerator(long seed) {
        this.seed = seed;
    }

    public void generate(DemoSeries series, Consumer<DataValueInput> sink) {
        if (series.valueType() == ValueType.TEXT || series.valueType() == ValueType.DATE) {
            return;
        }
        SplittableRandom shape = random(series.itemCode(), series.unitCode());
        double base = base(series, shape);
        double growth = -0.01 + shape.nextDouble() * 0.07;
        double[] shares = shares(series.comboCodes().size(), shape);
        Period unusual = series.itemCode().equals(UNUSUAL_ITEM)
                        && series.unitCode().equals(UNUSUAL_UNIT)
                        && !series.periods().isEmpty()
                ? series.periods().get(series.periods().size() - 1)
                : null;
        for (Period period : series.periods()) {
            SplittableRandom noise = random(series.itemCode(), series.unitCode(), period.id());
            boolean spike = period.equals(unusual);
            if (noise.nextDouble() < GAP_RATE && !spike) {
                continue;
            }
            double total = base * trend(period, growth) * season(series, period) * (1 + noise.nextGaussian() * 0.05);
            if (spike) {
                total *= UNUSUAL_FACTOR;
            }
            for (int c = 0; c < shares.length; c++) {
                String value = format(series, total * shares[c], noise);
                sink.accept(new DataValueInput(
                        series.itemCode(),
                        period.id(),
                        series.unitCode(),
                        series.comboCodes().get(c),
                        value,
                        null));
            }
        }
    }

    private static double base(DemoSeries series, SplittableRandom r) {
        if (series.valueType() == ValueType.PERCENTAGE || isPercent(series.unitOfMeasure())) {
            return 30 + r.nextDouble() * 65;
        }
        String uom =
                series.unitOfMeasure() == null ? "" : series.unitOfMeasure().toLowerCase();
        double[] range = uom.contains("người") || uom.contains("lượt") || uom.contains("học sinh")
                ? new double[] {200, 20_000}
                : uom.contains("hộ")
                        ? new double[] {50, 5_000}
                        : uom.equals("ha") || uom.contains("hecta")
                                ? new double[] {20, 3_000}
                                : uom.contains("tấn")
                                        ? new double[] {50, 8_000}
                                        : uom.contains("đồng") ? new double[] {100, 50_000} : new double[] {5, 800};
        // Log-uniform: magnitudes spread over orders as real indicators do.
        double logValue = Math.log(range[0]) + r.nextDouble() * (Math.log(range[1]) - Math.log(range[0]));
        return Math.exp(logValue) * series.unitWeight();
    }

    private static double trend(Period period, double growth) {
        double years = period.startDate().getYear() - 2020 + (period.startDate().getMonthValue() - 1) / 12.0;
        return Math.pow(1 + growth, years);
    }

    private static double season(DemoSeries series, Period period) {
        int month = period.startDate().getMonthValue();
        if (series.valueType() == ValueType.PERCENTAGE || isPercent(series.unitOfMeasure())) {
            return 1;
        }
        if (isMoney(series) && series.timeAggregation() == AggregationType.LAST) {
            // Budget figures reported as the year's running total: they climb through the year.
            return month / 12.0;
        }
        if (series.sectorCode().contains("NN")) {
            return HARVEST[month - 1];
        }
        return 1 + 0.08 * Math.cos(2 * Math.PI * (month - 12) / 12.0);
    }

    private static double[] shares(int combos, SplittableRandom r) {
        double[] shares = new double[combos];
        double sum = 0;
        for (int i = 0; i < combos; i++) {
            shares[i] = 0.5 + r.nextDouble();
            sum += shares[i];
        }
        for (int i = 0; i < combos; i++) {
            shares[i] = combos == 1 ? 1 : shares[i] / sum;
        }
        return shares;
    }

    private static String format(DemoSeries series, double raw, SplittableRandom r) {
        if (series.valueType() == ValueType.BOOLEAN) {
            return String.valueOf(r.nextDouble() < 0.8);
        }
        boolean percent = series.valueType() == ValueType.PERCENTAGE || isPercent(series.unitOfMeasure());
        double low = series.min() != null ? series.min().doubleValue() : (percent ? 0 : 0);
        double high = series.max() != null ? series.max().doubleValue() : (percent ? 100 : Double.MAX_VALUE);
        double value = Math.max(low, Math.min(high, raw));
        int scale = series.valueType() == ValueType.INTEGER ? 0 : percent || value < 1_000 ? 1 : 0;
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
        if (rounded.doubleValue() > high) {
            rounded = BigDecimal.valueOf(high).setScale(scale, RoundingMode.FLOOR);
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    private static boolean isPercent(String uom) {
        return uom != null && uom.contains("%");
    }

    private static boolean isMoney(DemoSeries series) {
        return series.unitOfMeasure() != null && series.unitOfMeasure().contains("đồng");
    }

    private SplittableRandom random(String... parts) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (String part : parts) {
            for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
                h = (h ^ b) * 0x100000001B3L;
            }
            h = Long.rotateLeft(h, 17) * 0xC2B2AE3D27D4EB4FL;
        }
        return new SplittableRandom(h);
    }
}
