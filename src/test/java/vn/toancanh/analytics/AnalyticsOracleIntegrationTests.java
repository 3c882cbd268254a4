package vn.toancanh.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.organisation.UnitsChanged;
import vn.toancanh.shared.Period;
import vn.toancanh.support.FixtureUnits;

/**
 * Property test: random queries over random data, for every pair of aggregation types (over units × over time),
 * compared cell by cell with a plain SQL {@code GROUP BY} over {@code data_value} — an oracle written from the rules,
 * sharing no code with the engine: subtrees by path, predecessors of merged and split units by a recursive query,
 * stored periods within the query period, missing values absent rather than zero. Fixed seeds plus one new seed per
 * run (printed with any failure, so it can be replayed).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsOracleIntegrationTests {

    static final String[] TYPES = {"SUM", "AVERAGE", "LAST", "MIN", "MAX", "COUNT", "NONE"};
    static final int QUERIES_PER_SEED = 40;

    @Autowired
    AnalyticsService analytics;

    @Autowired
    DataValueService values;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    AnalyticsFixture f;
    final List<String> items = new ArrayList<>();
    final Map<String, String[]> types = new LinkedHashMap<>();
    final List<String> unitCodes = new ArrayList<>();

    @BeforeAll
    void setUp() {
        f = new AnalyticsFixture(jdbc, values, analytics);
        long c4 = FixtureUnits.insert(jdbc, f.code("C4"), "Xã Bốn", "COMMUNE", 3, f.district, null);
        long c5 = FixtureUnits.insert(jdbc, f.code("C5"), "Xã Năm", "COMMUNE", 3, f.province, null);
        long c6 = FixtureUnits.insert(jdbc, f.code("C6"), "Xã Sáu", "COMMUNE", 3, f.province, null);
        long[] units = {f.c1, f.c2, f.c3, c4, c5, c6, f.department, f.district};
        for (String code : List.of("P", "D", "C1", "C2", "C3", "C4", "C5", "C6", "DEP")) {
            unitCodes.add(f.code(code));
        }
        Random random = new Random(20261201);
        List<DataValueInput> rows = new ArrayList<>();
        for (String unitType : TYPES) {
            for (String timeType : TYPES) {
                String item = f.item(unitType + "_" + timeType, unitType, timeType, "MONTHLY");
                items.add(item);
                types.put(item, new String[] {unitType, timeType});
                for (long unit : units) {
                    for (Period p = Period.month(2023, 1); p.startDate().getYear() < 2026; p = p.next()) {
                        if (random.nextDouble() < 0.35) {
                            continue;
                        }
                        String v = String.valueOf(Math.round(random.nextGaussian() * 400 + 1000) / 4.0);
                        rows.add(f.value(item, p.id(), unit, v));
                    }
                }
            }
        }
        f.write(rows);
        f.mergeC3IntoC1();
        split(c4, c5, 0.4);
        split(c4, c6, 0.6);
        events.publishEvent(new UnitsChanged("SPLIT", List.of(f.code("C4"))));
    }

    static List<Long> seeds() {
        return List.of(1L, 2L, 3L, System.nanoTime());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomQueriesAgreeWithSqlGroupBy(long seed) {
        Random random = new Random(seed);
        int compared = 0;
        for (int q = 0; q < QUERIES_PER_SEED; q++) {
            RandomQuery query = RandomQuery.draw(random, items, unitCodes, f);
            AnalyticsGrid grid = analytics.query(query.request(), true);
            for (String dx : query.dx) {
                for (List<Period> pe : query.peSlots()) {
                    for (List<String> ou : query.ouSlots()) {
                        Double expected = oracle(dx, pe, ou);
                        OptionalDouble actual = grid.value(query.ids(dx, pe, ou));
                        String what = "seed " + seed + ", query " + query.request() + ", cell " + dx + " " + ids(pe)
                                + " " + ou;
                        if (expected == null) {
                            assertThat(actual).as(what).isEmpty();
                        } else {
                            assertThat(actual).as(what).isPresent();
                            compared++;
                            assertThat(actual.getAsDouble())
                                    .as(what)
                                    .isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
                        }
                    }
                }
            }
        }
        assertThat(compared).as("cells with a value, seed " + seed).isGreaterThan(QUERIES_PER_SEED);
    }

    private @Nullable Double oracle(String item, List<Period> periods, List<String> unitCodes) {
        String[] t = types.get(item);
        String paths = unitCodes.stream()
                .map(code -> jdbc.sql("SELECT path FROM org_unit WHERE code = :c")
                        .param("c", code)
                        .query(String.class)
                        .single())
                .map(path -> '"' + path + "%\"")
                .collect(Collectors.joining(",", "{", "}"));
        String sql = """
                WITH RECURSIVE direct AS (
                  SELECT id AS unit_id FROM org_unit WHERE path LIKE ANY (CAST(:paths AS text[]))
                ), inherited(unit_id, w, depth) AS (
                  SELECT s.predecessor_id, CASE WHEN s.kind = 'SPLIT' THEN s.share::float8 ELSE 1.0 END, 1
                  FROM org_unit_succession s WHERE s.successor_id IN (SELECT unit_id FROM direct)
                  UNION ALL
                  SELECT s.predecessor_id, i.w * CASE WHEN s.kind = 'SPLIT' THEN s.share::float8 ELSE 1.0 END,
                         i.depth + 1
                  FROM org_unit_succession s JOIN inherited i ON s.successor_id = i.unit_id WHERE i.depth < 10
                ), cover AS (
                  SELECT unit_id, 1.0::float8 AS w FROM direct
                  UNION ALL
                  SELECT unit_id, least(1.0, sum(w)) FROM inherited
                  WHERE unit_id NOT IN (SELECT unit_id FROM direct) GROUP BY unit_id
                ), cells AS (
                  SELECT v.unit_id, v.option_combo_id, %s AS t
                  FROM data_value v JOIN period p ON p.id = v.period_id
                  JOIN data_item i ON i.id = v.item_id
                  WHERE i.code = :item AND v.numeric_value IS NOT NULL
                    AND EXISTS (SELECT 1 FROM unnest(CAST(:starts AS date[]), CAST(:ends AS date[])) r(s, e)
                                WHERE p.start_date >= r.s AND p.end_date <= r.e)
                  GROUP BY v.unit_id, v.option_combo_id
                )
                SELECT coalesce(CASE WHEN count(*) = 0 THEN NULL ELSE %s END, 'NaN'::float8)
                FROM cells c JOIN cover USING (unit_id) WHERE c.t IS NOT NULL""".formatted(time(t[1]), units(t[0]));
        double result = jdbc.sql(sql)
                .param("paths", paths)
                .param("item", item)
                .param(
                        "starts",
                        periods.stream().map(p -> p.startDate().toString()).collect(Collectors.joining(",", "{", "}")))
                .param(
                        "ends",
                        periods.stream().map(p -> p.endDate().toString()).collect(Collectors.joining(",", "{", "}")))
                .query(Double.class)
                .single();
        return Double.isNaN(result) ? null : result;
    }

    private static String time(String type) {
        return switch (type) {
            case "SUM" -> "sum(v.numeric_value)";
            case "AVERAGE" -> "avg(v.numeric_value)";
            case "LAST" -> "(array_agg(v.numeric_value ORDER BY p.start_date DESC))[1]";
            case "MIN" -> "min(v.numeric_value)";
            case "MAX" -> "max(v.numeric_value)";
            case "COUNT" -> "count(*)::float8";
            default -> "CASE WHEN count(*) = 1 THEN min(v.numeric_value) END";
        };
    }

    private static String units(String type) {
        return switch (type) {
            case "SUM", "LAST" -> "sum(c.t * w)";
            case "AVERAGE" -> "sum(c.t * w) / sum(w)";
            case "MIN" -> "min(c.t)";
            case "MAX" -> "max(c.t)";
            case "COUNT" -> "count(*)::float8";
            default -> "CASE WHEN count(*) = 1 THEN min(c.t) END";
        };
    }

    private void split(long from, long to, double share) {
        jdbc.sql("""
                INSERT INTO org_unit_succession (kind, predecessor_id, successor_id, effective_date, share)
                VALUES ('SPLIT', :from, :to, DATE '2025-07-01', :share)""").param("from", from).param("to", to).param("share", share).update();
    }

    private static String ids(List<Period> periods) {
        return periods.stream().map(Period::id).collect(Collectors.joining(";"));
    }

    /** One random query: 1–3 items; periods of any type, fixed or relative, as a dimension or a filter; units too. */
    static final class RandomQuery {
        final List<String> dx = new ArrayList<>();
        final List<String> pe = new ArrayList<>();
        final List<String> ou = new ArrayList<>();
        boolean peDimension;
        boolean ouDimension;
        LocalDate today;
        List<List<Period>> peSlots;
        List<List<String>> ouSlots;
        private final AnalyticsFixture f;

        private RandomQuery(AnalyticsFixture f) {
            this.f = f;
        }

        static RandomQuery draw(Random r, List<String> items, List<String> units, AnalyticsFixture f) {
            RandomQuery q = new RandomQuery(f);
            int n = 1 + r.nextInt(3);
            while (q.dx.size() < n) {
                String item = items.get(r.nextInt(items.size()));
                if (!q.dx.contains(item)) {
                    q.dx.add(item);
                }
            }
            q.today = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(3 * 365 + 60));
            q.peDimension = r.nextBoolean();
            int periods = q.peDimension ? 1 : 1 + r.nextInt(2);
            for (int i = 0; i < periods; i++) {
                q.pe.add(period(r));
            }
            q.ouDimension = r.nextBoolean();
            if (q.ouDimension) {
                q.ou.add(
                        switch (r.nextInt(3)) {
                            case 0 -> f.code("D") + ";CHILDREN";
                            case 1 -> f.code("P") + ";LEVEL-3";
                            default -> units.get(r.nextInt(units.size()));
                        });
            } else {
                q.ou.add(units.get(r.nextInt(units.size())));
                if (r.nextBoolean()) {
                    q.ou.add(units.get(r.nextInt(units.size())));
                }
            }
            q.resolve(units);
            return q;
        }

        private static String period(Random r) {
            int year = 2023 + r.nextInt(3);
            return switch (r.nextInt(6)) {
                case 0 -> String.format("%d%02d", year, 1 + r.nextInt(12));
                case 1 -> year + "Q" + (1 + r.nextInt(4));
                case 2 -> year + "S" + (1 + r.nextInt(2));
                case 3 -> String.valueOf(year);
                default ->
                    List.of("LAST_12_MONTHS", "LAST_6_MONTHS", "THIS_YEAR", "LAST_4_QUARTERS", "LAST_QUARTER")
                            .get(r.nextInt(5));
            };
        }

        private void resolve(List<String> units) {
            List<Period> all = new ArrayList<>();
            for (String id : pe) {
                all.addAll(expand(id));
            }
            all = all.stream().distinct().toList();
            peSlots = peDimension ? all.stream().map(List::of).toList() : List.of(all);
            if (!ouDimension) {
                ouSlots = List.of(ou.stream().distinct().toList());
            } else if (ou.get(0).endsWith(";CHILDREN")) {
                ouSlots = List.of("C1", "C2", "C3", "C4", "DEP").stream()
                        .map(c -> List.of(f.code(c)))
                        .toList();
            } else if (ou.get(0).endsWith(";LEVEL-3")) {
                ouSlots = List.of("C1", "C2", "C3", "C4", "C5", "C6", "DEP").stream()
                        .map(c -> List.of(f.code(c)))
                        .toList();
            } else {
                ouSlots = List.of(List.of(ou.get(0)));
            }
        }

        private List<Period> expand(String id) {
            Period month = Period.of(vn.toancanh.shared.PeriodType.MONTHLY, today);
            Period quarter = Period.of(vn.toancanh.shared.PeriodType.QUARTERLY, today);
            return switch (id) {
                case "LAST_12_MONTHS" -> back(month, 12);
                case "LAST_6_MONTHS" -> back(month, 6);
                case "LAST_4_QUARTERS" -> back(quarter, 4);
                case "LAST_QUARTER" -> List.of(quarter.previous());
                case "THIS_YEAR" -> List.of(Period.year(today.getYear()));
                default -> List.of(Period.parse(id).orElseThrow());
            };
        }

        private static List<Period> back(Period current, int n) {
            List<Period> out = new ArrayList<>();
            Period p = current;
            for (int i = 0; i < n; i++) {
                p = p.previous();
                out.add(0, p);
            }
            return out;
        }

        AnalyticsRequest request() {
            List<String> dims = new ArrayList<>();
            List<String> filters = new ArrayList<>();
            dims.add("dx:" + String.join(";", dx));
            (peDimension ? dims : filters).add("pe:" + String.join(";", pe));
            (ouDimension ? dims : filters).add("ou:" + String.join(";", ou));
            return new AnalyticsRequest(dims, filters, today, false, true);
        }

        String[] ids(String dxId, List<Period> pe, List<String> ou) {
            List<String> ids = new ArrayList<>();
            ids.add(dxId);
            if (peDimension) {
                ids.add(pe.get(0).id());
            }
            if (ouDimension) {
                ids.add(ou.get(0));
            }
            return ids.toArray(String[]::new);
        }

        List<List<Period>> peSlots() {
            return peSlots;
        }

        List<List<String>> ouSlots() {
            return ouSlots;
        }
    }
}
