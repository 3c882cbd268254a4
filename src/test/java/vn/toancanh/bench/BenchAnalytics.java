package vn.toancanh.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.analytics.internal.QueryEngine;

/**
 * The analytics scenarios of issue 4 on the seed data, each against a plain SQL {@code GROUP BY} over
 * {@code data_value} with covering indexes for it (see {@link #baselineIndexes}) that gives the same numbers, in the
 * same run:
 * <ul>
 *   <li>narrow: one item × LAST_12_MONTHS × the district and each of its 16 communes;
 *   <li>group: a data group (300 items) × 12 months × every unit;
 *   <li>broad: every item (33,600) × one year × the district total.
 * </ul>
 * Server time is the engine's (planning, aggregation and the grid with its metadata, in process), as a dashboard repeating
 * the query sees it (items unchanged since come from the per-item aggregate cache) and without that cache; the narrow query is
 * also timed over HTTP. Then write-to-visible latency, for this instance's writes and for another instance's.
 */
final class BenchAnalytics {

    static final LocalDate TODAY = LocalDate.of(2025, 1, 15);
    private static final List<String> LAST_12 = IntStream.rangeClosed(1, 12)
            .mapToObj(m -> String.format("2024%02d", m))
            .toList();

    private final ConfigurableApplicationContext app;
    private final AnalyticsService analytics;
    private final JdbcClient jdbc;
    private final BenchData data;
    private final BenchReport report;
    /** Relative periods count from the month after the last one loaded, so quick runs query months with values. */
    private final LocalDate today;

    private final List<String> last12;
    private final int lastYear;

    BenchAnalytics(ConfigurableApplicationContext app, BenchData data, BenchReport report, long loadedValues) {
        this.app = app;
        this.analytics = app.getBean(AnalyticsService.class);
        this.jdbc = app.getBean(JdbcClient.class);
        this.data = data;
        this.report = report;
        String lastMonth = data.periods[data.month(loadedValues - 1)];
        LocalDate first =
                LocalDate.of(Integer.parseInt(lastMonth.substring(0, 4)), Integer.parseInt(lastMonth.substring(4)), 1);
        this.today = first.plusMonths(1).plusDays(14);
        this.last12 = IntStream.rangeClosed(1, 12)
                .mapToObj(m -> first.minusMonths(12 - m))
                .map(d -> String.format("%04d%02d", d.getYear(), d.getMonthValue()))
                .toList();
        this.lastYear = first.getYear();
        report.put("analyticsRelativeTo", today.toString());
    }

    void queries(BenchHttp http) throws Exception {
        int runs = Integer.getInteger("bench.queries", 200);
        baselineIndexes();
        String district = "BENCH-D";
        List<String> communes = IntStream.rangeClosed(13, 28)
                .mapToObj(u -> String.format("BENCH-U%02d", u))
                .toList();
        String item = data.itemCodes[0];
        AnalyticsRequest narrow = AnalyticsRequest.of(
                        "dx:" + item, "pe:LAST_12_MONTHS", "ou:" + district + ";" + String.join(";", communes))
                .relativeTo(today);
        AnalyticsRequest group = AnalyticsRequest.of(
                        "dx:DE_GROUP-BENCH-G001", "pe:LAST_12_MONTHS", "ou:" + district + ";CHILDREN")
                .relativeTo(today);
        String allGroups = IntStream.rangeClosed(1, BenchData.GROUPS)
                .mapToObj(g -> String.format("DE_GROUP-BENCH-G%03d", g))
                .collect(Collectors.joining(";"));
        AnalyticsRequest broad = AnalyticsRequest.of("dx:" + allGroups).withFilters("pe:" + lastYear, "ou:" + district);

        Map<Integer, Long> periodIds = periodIds();
        String months = last12.stream()
                .map(p -> String.valueOf(periodIds.get(Integer.parseInt(p))))
                .collect(Collectors.joining(",", "{", "}"));
        String narrowSql = """
                SELECT unit_id, period_id, sum(numeric_value) FROM data_value
                WHERE item_id = %d AND period_id = ANY('%s'::int[])
                GROUP BY GROUPING SETS ((unit_id, period_id), (period_id))""".formatted(data.itemIds[0], months);
        String groupSql = """
                SELECT item_id, unit_id, period_id, sum(numeric_value) FROM data_value
                WHERE item_id = ANY('%s'::bigint[]) AND period_id = ANY('%s'::int[])
                GROUP BY item_id, unit_id, period_id""".formatted(groupItemIds(), months);
        String broadSql = """
                SELECT item_id, sum(numeric_value) FROM data_value
                WHERE period_id = ANY('%s'::int[]) GROUP BY item_id""".formatted(months);

        check(narrow, "narrow", 17 * 12);
        scenario("narrow", narrow, narrowSql, runs);
        scenario("group", group, groupSql, runs);
        scenario("broad", broad, broadSql, Math.max(10, runs / 5));
        report.put("broadRows", analytics.query(broad).height());
        checkBroadTotal(broad, broadSql);
        this.group = group;
        this.broad = broad;

        String path = "/api/analytics?dimension=" + enc("dx:" + item) + "&dimension=pe:LAST_12_MONTHS&dimension="
                + enc("ou:" + district + ";" + String.join(";", communes)) + "&relativePeriodDate=" + today;
        report.latency("analyticsNarrowHttp", time(runs, () -> call(() -> http.apiGet(path))));
    }

    private void scenario(String name, AnalyticsRequest request, String sql, int runs) {
        profile(name, request);
        // Both warmed the same way, as a server in use is: 20 runs and at least 3 seconds each.
        warm(() -> analytics.query(request));
        warm(() -> jdbc.sql(sql).query().listOfRows());
        QueryEngine engine = app.getBean(QueryEngine.class);
        long aggregatedBefore = engine.itemsAggregated();
        report.latency("analytics" + cap(name), time(runs, () -> analytics.query(request)));
        report.put(name + "ItemsAggregatedPerQuery", (engine.itemsAggregated() - aggregatedBefore) / runs);
        // The same without the per-item aggregate cache: every item aggregated again, as after a write to each.
        engine.cacheAggregates(false);
        try {
            warm(() -> analytics.query(request));
            report.latency("analytics" + cap(name) + "Uncached", time(runs, () -> analytics.query(request)));
        } finally {
            engine.cacheAggregates(true);
        }
        report.latency(
                "baseline" + cap(name), time(runs, () -> jdbc.sql(sql).query().listOfRows()));
        double p95 = (Double) report.get("analytics" + cap(name) + "P95Ms");
        double base = (Double) report.get("baseline" + cap(name) + "P95Ms");
        report.put(name + "SpeedupP95", Math.round(base / Math.max(p95, 0.001) * 10) / 10.0);
    }

    private static void warm(Supplier<?> call) {
        long until = System.nanoTime() + 3_000_000_000L;
        for (int i = 0; i < 20 || System.nanoTime() < until; i++) {
            call.get();
        }
    }

    /**
     * With {@code -Dbench.profile=name}, runs that scenario's query for {@code bench.profileSeconds} (20) first, for a
     * profiler attached to the test JVM (e.g. {@code -DargLine=-XX:StartFlightRecording=…}).
     */
    private void profile(String name, AnalyticsRequest request) {
        if (!List.of(System.getProperty("bench.profile", "").split(",")).contains(name)) {
            return;
        }
        report.put(name + "ProfiledFrom", java.time.Instant.now().toString());
        long end = System.nanoTime() + Long.getLong("bench.profileSeconds", 20) * 1_000_000_000L;
        int n = 0;
        while (System.nanoTime() < end) {
            analytics.query(request);
            n++;
        }
        report.put(name + "ProfiledQueries", n);
        report.put(name + "ProfiledTo", java.time.Instant.now().toString());
    }

    /**
     * The indexes a SQL baseline would be given for these queries (covering, so they are index-only scans): the
     * application itself needs neither — its aggregates come from the analytics index — and they would slow imports.
     */
    private void baselineIndexes() {
        long t = System.nanoTime();
        jdbc.sql("CREATE INDEX IF NOT EXISTS bench_baseline_item_period ON data_value (item_id, period_id)"
                        + " INCLUDE (unit_id, numeric_value)")
                .update();
        jdbc.sql(
                        "CREATE INDEX IF NOT EXISTS bench_baseline_period ON data_value (period_id) INCLUDE (item_id, numeric_value)")
                .update();
        jdbc.sql("VACUUM ANALYZE data_value").update();
        report.put("baselineIndexesSeconds", Math.round((System.nanoTime() - t) / 1e8) / 10.0);
    }

    /** The engine's narrow answer has a row per unit and month. */
    private void check(AnalyticsRequest narrow, String name, int expectedRows) {
        AnalyticsGrid grid = analytics.query(narrow);
        report.put(name + "Rows", grid.height() + " of " + expectedRows + " cells (units without values have none)");
    }

    /** The broad answer's grand total equals the baseline's, so both measure the same work. */
    private void checkBroadTotal(AnalyticsRequest broad, String sql) {
        double engine = analytics.query(broad).rows().stream()
                .mapToDouble(r -> Double.parseDouble(r.get(1)))
                .sum();
        double baseline = jdbc.sql("SELECT sum(s) FROM ("
                        + sql.replace("SELECT item_id, sum(numeric_value)", "SELECT item_id, sum(numeric_value) AS s")
                        + ") t")
                .query(Double.class)
                .single();
        if (Math.abs(engine - baseline) > 1e-6 * Math.abs(baseline) + 1) {
            throw new IllegalStateException("Broad totals differ: engine " + engine + ", SQL " + baseline);
        }
        report.put("broadTotalMatchesSql", true);
    }

    private AnalyticsRequest group;
    private AnalyticsRequest broad;

    /** The group and broad queries after a write (see {@link #afterWrite}); run after {@link #queries}. */
    void afterWrites(BenchHttp session) throws Exception {
        int runs = Integer.getInteger("bench.queries", 200);
        afterWrite("group", group, session, runs / 2);
        afterWrite("broad", broad, session, Math.max(10, runs / 5));
    }

    /**
     * The query again after each of {@code runs} saves of one of its items (through the entry grid, waited for until
     * visible, not timed): a live dashboard's usual case, where one item changed since the last answer and is
     * aggregated again, the others come from the cache.
     */
    private void afterWrite(String name, AnalyticsRequest request, BenchHttp http, int runs) throws Exception {
        String item = data.itemCodes[1];
        String unit = data.unitCodes[0];
        AnalyticsRequest cell = AnalyticsRequest.of("dx:" + item, "pe:202412", "ou:" + unit);
        QueryEngine engine = app.getBean(QueryEngine.class);
        analytics.query(request); // every item in the cache, as on a dashboard already shown
        List<Long> nanos = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            double value = 300_000 + i;
            http.saveCell(Map.of(
                    "unit", unit, "period", "202412", "item", item, "combo", "default", "value", String.valueOf((long)
                            value)));
            awaitValue(cell, item, unit, value);
            long itemsBefore = engine.itemsAggregated();
            long t = System.nanoTime();
            analytics.query(request);
            nanos.add(System.nanoTime() - t);
            // Only the changed item is aggregated again (the cell query above had its own share of the cache).
            if (engine.itemsAggregated() - itemsBefore != 1) {
                throw new IllegalStateException(name + ": one changed item should be aggregated again, not "
                        + (engine.itemsAggregated() - itemsBefore));
            }
        }
        report.latency("analytics" + cap(name) + "AfterWrite", nanos);
    }

    /** Saves then reads: this instance's save through the entry grid, another instance's through the channel. */
    void writeToVisible(BenchHttp http) throws Exception {
        int runs = Integer.getInteger("bench.visibleRuns", 200);
        String item = data.itemCodes[1];
        String unit = data.unitCodes[0];
        AnalyticsRequest cell = AnalyticsRequest.of("dx:" + item, "pe:202412", "ou:" + unit);
        List<Long> local = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            double value = 500_000 + i;
            Map<String, String> form = new LinkedHashMap<>();
            form.put("unit", unit);
            form.put("period", "202412");
            form.put("item", item);
            form.put("combo", "default");
            form.put("value", String.valueOf((long) value));
            long t = System.nanoTime();
            http.saveCell(form);
            awaitValue(cell, item, unit, value);
            local.add(System.nanoTime() - t);
        }
        report.latency("writeToVisibleLocal", local);

        long itemId = data.itemIds[1];
        long unitId = data.unitIds[0];
        int period = periodIds().get(202412).intValue();
        List<Long> remote = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            double value = 700_000 + i;
            long t = System.nanoTime();
            jdbc.sql("""
                    WITH v AS (UPDATE data_value SET value = :v::text, numeric_value = :v, updated_at = now()
                               WHERE item_id = :i AND unit_id = :u AND period_id = :p AND option_combo_id = 0),
                         c AS (INSERT INTO analytics_change (origin, item_ids, unit_ids, period_ids)
                               VALUES ('bench-other-instance', ARRAY[:i]::bigint[], ARRAY[:u]::bigint[],
                                       ARRAY[:p]::int[]) RETURNING id)
                    SELECT pg_notify('toancanh_analytics', 'bench-other-instance:' || id) FROM c""")
                    .param("v", value)
                    .param("i", itemId)
                    .param("u", unitId)
                    .param("p", period)
                    .query()
                    .listOfRows();
            awaitValue(cell, item, unit, value);
            remote.add(System.nanoTime() - t);
        }
        report.latency("writeToVisibleOtherInstance", remote);
    }

    private void awaitValue(AnalyticsRequest cell, String item, String unit, double value) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            var v = analytics.query(cell).value(item, "202412", unit);
            if (v.isPresent() && v.getAsDouble() == value) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new IllegalStateException("Value " + value + " not visible within 10 s");
    }

    private Map<Integer, Long> periodIds() {
        Map<Integer, Long> ids = new LinkedHashMap<>();
        jdbc.sql("SELECT iso, id FROM period WHERE period_type = 'MONTHLY'").query(rs -> {
            ids.put(Integer.parseInt(rs.getString(1)), rs.getLong(2));
        });
        return ids;
    }

    private String groupItemIds() {
        return IntStream.range(0, BenchData.ITEMS_PER_GROUP)
                .mapToObj(i -> String.valueOf(data.itemIds[i]))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static List<Long> time(int runs, Supplier<?> call) {
        List<Long> nanos = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            call.get();
            nanos.add(System.nanoTime() - t);
        }
        return nanos;
    }

    private static Object call(ThrowingSupplier s) {
        try {
            return s.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    interface ThrowingSupplier {
        Object get() throws Exception;
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
