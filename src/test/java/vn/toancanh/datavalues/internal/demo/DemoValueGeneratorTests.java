package vn.toancanh.datavalues.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.toancanh.catalog.AggregationType;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/** Same seed, same values: the demo and benchmark data sets are reproducible. */
class DemoValueGeneratorTests {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    static final List<Period> MINIMAL_MONTHS = DemoPeriods.window(PeriodType.MONTHLY, TODAY, 12);

    static List<DemoSeries> minimalSeries() {
        List<DemoSeries> series = new ArrayList<>();
        for (String unit : List.of("312", "11581", "11584")) {
            double weight = unit.equals("312") ? 12 : 1;
            series.add(series(
                    "DAN_SO", "người", ValueType.INTEGER, null, null, "XH-DS", unit, weight, List.of("default")));
            series.add(series(
                    "LUA_SAN_LUONG", "tấn", ValueType.NUMBER, null, null, "KT-NN", unit, weight, List.of("default")));
            series.add(series(
                    "TY_LE_HS",
                    "%",
                    ValueType.PERCENTAGE,
                    BigDecimal.ZERO,
                    new BigDecimal("100"),
                    "HC",
                    unit,
                    weight,
                    List.of("default")));
            series.add(series(
                    "HOC_SINH",
                    "học sinh",
                    ValueType.INTEGER,
                    null,
                    null,
                    "XH-GD",
                    unit,
                    weight,
                    List.of("NAM", "NU")));
        }
        return series;
    }

    static DemoSeries series(
            String item,
            String uom,
            ValueType type,
            BigDecimal min,
            BigDecimal max,
            String sector,
            String unit,
            double weight,
            List<String> combos) {
        return new DemoSeries(
                item, uom, type, AggregationType.SUM, min, max, sector, unit, weight, combos, MINIMAL_MONTHS);
    }

    static List<DataValueInput> generate(long seed) {
        DemoValueGenerator generator = new DemoValueGenerator(seed);
        List<DataValueInput> values = new ArrayList<>();
        minimalSeries().forEach(s -> generator.generate(s, values::add));
        return values;
    }

    static String checksum(List<DataValueInput> values) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (DataValueInput v : values) {
            sha.update((v.dataElement() + "|" + v.orgUnit() + "|" + v.period() + "|" + v.categoryOptionCombo() + "|"
                            + v.value() + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void sameSeedGivesTheSameValuesAndAnotherSeedDoesNot() throws Exception {
        List<DataValueInput> first = generate(20240101L);
        assertThat(first).hasSizeGreaterThan(150);
        assertThat(checksum(generate(20240101L))).isEqualTo(checksum(first));
        assertThat(checksum(generate(7L))).isNotEqualTo(checksum(first));
    }

    @Test
    void periodsAreTheLastTwelveCompleteMonths() {
        assertThat(MINIMAL_MONTHS).hasSize(12);
        assertThat(MINIMAL_MONTHS.get(0).id()).isEqualTo("202403");
        assertThat(MINIMAL_MONTHS.get(11).id()).isEqualTo("202502");
        assertThat(DemoPeriods.window(PeriodType.QUARTERLY, TODAY, 36))
                .extracting(Period::id)
                .startsWith("2022Q1")
                .endsWith("2024Q4")
                .hasSize(12);
        assertThat(DemoPeriods.window(PeriodType.YEARLY, TODAY, 36))
                .extracting(Period::id)
                .containsExactly("2022", "2023", "2024");
    }

    @Test
    void valuesAreRealistic() {
        List<DataValueInput> values = generate(20240101L);
        assertThat(values)
                .filteredOn(v -> v.dataElement().equals("TY_LE_HS"))
                .allSatisfy(
                        v -> assertThat(new BigDecimal(v.value())).isBetween(BigDecimal.ZERO, new BigDecimal("100")));
        assertThat(values)
                .filteredOn(v -> v.dataElement().equals("DAN_SO"))
                .allSatisfy(v -> assertThat(v.value()).matches("\\d+"));
        // Missing is not zero: a few keys have no value at all.
        long keys = 3L * 12 * (1 + 1 + 1 + 2);
        assertThat(values.size()).isLessThan((int) keys).isGreaterThan((int) (keys * 0.85));
        // Agriculture peaks at harvest: June beats February for the same unit.
        assertThat(value(values, "LUA_SAN_LUONG", "312", "202406"))
                .isGreaterThan(value(values, "LUA_SAN_LUONG", "312", "202502"));
        // A district department reports bigger numbers than a commune.
        assertThat(value(values, "DAN_SO", "312", "202409")).isGreaterThan(value(values, "DAN_SO", "11581", "202409"));
    }

    @Test
    void oneCommuneHasADeliberatelyUnusualLastMonth() {
        java.util.function.Function<String, DemoSeries> touristsAt = unit -> series(
                DemoValueGenerator.UNUSUAL_ITEM,
                "lượt",
                ValueType.INTEGER,
                BigDecimal.ZERO,
                null,
                "XH-VHTT",
                unit,
                1,
                List.of("default"));
        DemoSeries tourists = touristsAt.apply(DemoValueGenerator.UNUSUAL_UNIT);
        DemoSeries neighbour = touristsAt.apply("11584");
        List<DataValueInput> values = new ArrayList<>();
        DemoValueGenerator generator = new DemoValueGenerator(20240101L);
        generator.generate(tourists, values::add);
        generator.generate(neighbour, values::add);
        String last = MINIMAL_MONTHS.get(11).id();
        String before = MINIMAL_MONTHS.get(10).id();
        String item = DemoValueGenerator.UNUSUAL_ITEM;
        assertThat(value(values, item, DemoValueGenerator.UNUSUAL_UNIT, last))
                .isGreaterThan(2.5 * value(values, item, DemoValueGenerator.UNUSUAL_UNIT, before));
        assertThat(value(values, item, "11584", last)).isLessThan(1.3 * value(values, item, "11584", before));
    }

    private static double value(List<DataValueInput> values, String item, String unit, String period) {
        return values.stream()
                .filter(v -> v.dataElement().equals(item)
                        && v.orgUnit().equals(unit)
                        && v.period().equals(period))
                .mapToDouble(v -> Double.parseDouble(v.value()))
                .sum();
    }
}
