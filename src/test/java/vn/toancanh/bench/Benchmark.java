package vn.toancanh.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.ToanCanhApplication;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.identity.internal.ApiTokenService;

/**
 * The data values benchmark: {@code ./mvnw -Pbench test} (full seed size, 10,080,000 values) or with
 * {@code -Dbench.values=1000000} for a quicker run. Uses TOANCANH_TEST_DATABASE_URL when set, otherwise the embedded
 * PostgreSQL under target/, and starts from an empty schema. Not a {@code *Tests} class, so normal builds skip it.
 */
class Benchmark {

    static final String ADMIN = "bench-admin";
    static final String PASSWORD = "Bench-pass-123";
    static final long SEED = 20240101L;

    private final BenchReport report = new BenchReport();

    @Test
    void run() throws Exception {
        if ("operations".equals(System.getProperty("bench.part"))) {
            operationsOnly();
            return;
        }
        if ("exchange".equals(System.getProperty("bench.part"))) {
            exchangeOnly();
            return;
        }
        long total = Math.min(Long.getLong("bench.values", BenchData.FULL), BenchData.FULL);
        int chunk = Integer.getInteger("bench.chunk", 100_000);
        report.put("values", total);
        report.put("chunkValues", chunk);
        long started = System.nanoTime();
        if (!Boolean.getBoolean("bench.reuse")) {
            try (ConfigurableApplicationContext app = start()) {
                report.put("startupEmptyMs", (System.nanoTime() - started) / 1_000_000);
                load(app, total, chunk);
            }
        }
        long heapBefore = heapUsedMb();
        long restarted = System.nanoTime();
        try (ConfigurableApplicationContext app = start()) {
            report.put("startupWithDataMs", (System.nanoTime() - restarted) / 1_000_000);
            AnalyticsService analytics = app.getBean(AnalyticsService.class);
            while (!analytics.isReady()) {
                Thread.sleep(10);
            }
            report.put("analyticsIndexRebuildMs", (System.nanoTime() - restarted) / 1_000_000);
            AnalyticsService.IndexStats stats = analytics.indexStats();
            report.put("analyticsIndexValues", stats.loadedValues());
            report.put("analyticsIndexSeries", stats.series());
            report.put("analyticsIndexArrayMb", stats.arrayBytes() / (1024 * 1024));
            report.put("analyticsIndexHeapMb", heapUsedMb() - heapBefore);
            latency(app);
            BenchData data = new BenchData(SEED);
            data.create(app.getBean(JdbcClient.class));
            BenchAnalytics bench = new BenchAnalytics(app, data, report, total);
            bench.queries(new BenchHttp(port(app), "Bearer " + apiToken(app, app.getBean(JdbcClient.class))));
            BenchHttp session = new BenchHttp(port(app), BenchHttp.basic(ADMIN, PASSWORD));
            session.login(ADMIN, PASSWORD);
            bench.writeToVisible(session);
            bench.afterWrites(session);
            operations(app, data);
            report.heap();
        }
        report.put("benchWallSeconds", (System.nanoTime() - started) / 1_000_000_000);
        report.write();
    }

    /** {@code -Dbench.part=operations}: only the sensors, dossiers and alerts scenarios, on an empty schema. */
    private void operationsOnly() throws Exception {
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = start()) {
            BenchData data = new BenchData(SEED);
            data.create(app.getBean(JdbcClient.class));
            operations(app, data);
            report.heap();
        }
        report.put("benchWallSeconds", (System.nanoTime() - started) / 1_000_000_000);
        report.write();
    }

    /** {@code -Dbench.part=exchange}: pull and push throughput of the exchange module, on its own small catalog. */
    private void exchangeOnly() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            String token = "Bearer " + apiToken(app, jdbc);
            new BenchExchange(app, new BenchHttp(port(app), token), token, port(app), report).run();
        }
        report.write();
    }

    private void operations(ConfigurableApplicationContext app, BenchData data) throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        BenchHttp http = new BenchHttp(port(app), "Bearer " + apiToken(app, jdbc));
        new BenchOperations(http, jdbc, app.getBean(DataSource.class), data, report).run();
    }

    private static ConfigurableApplicationContext start() {
        // Command-line arguments: they outrank application.properties, default properties would not.
        return new SpringApplicationBuilder(ToanCanhApplication.class)
                .run(
                        "--server.port=0",
                        "--toancanh.demo.enabled=false",
                        "--toancanh.identity.admin-username=" + ADMIN,
                        "--toancanh.identity.admin-password=" + PASSWORD,
                        "--logging.level.root=WARN",
                        "--logging.level.vn.toancanh=INFO",
                        // -Dbench.debug=true: the import path's per-step timings
                        "--logging.level.vn.toancanh.datavalues.internal="
                                + (Boolean.getBoolean("bench.debug") ? "DEBUG" : "INFO"));
    }

    private void load(ConfigurableApplicationContext app, long total, int chunk) throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        DataSource dataSource = app.getBean(DataSource.class);
        BenchData data = new BenchData(SEED);
        long t = System.nanoTime();
        data.create(jdbc);
        report.put("catalogSetupMs", (System.nanoTime() - t) / 1_000_000);
        report.rate("copyBare", total, BenchCopy.copy(dataSource, data, total, false));
        report.rate("copyKeyed", total, BenchCopy.copy(dataSource, data, total, true));
        BenchHttp http = new BenchHttp(port(app), "Bearer " + apiToken(app, jdbc));
        // Untimed warm-up (JIT compilation of the import path), so a 1,000,000-value run measures the steady rate a
        // 10,080,000-value run sees; the timed phases start from an empty data_value again.
        importAll(http, data, Math.min(total, chunk), chunk, true);
        importAll(http, data, Math.min(total, chunk), chunk, false);
        jdbc.sql("TRUNCATE data_value, data_value_audit").update();
        report.rate("importJson", total, importAll(http, data, total, chunk, true));
        report.put("storedAfterJson", count(jdbc, "data_value"));
        report.put("auditRowsAfterJson", count(jdbc, "data_value_audit"));
        jdbc.sql("TRUNCATE data_value, data_value_audit").update();
        report.rate("importCsv", total, importAll(http, data, total, chunk, false));
        report.rate("reimportCsvUnchanged", total, importAll(http, data, total, chunk, false));
        report.put("storedAfterCsv", count(jdbc, "data_value"));
    }

    /**
     * A personal API token, as a script importing every month would use: HTTP Basic checks the password's bcrypt hash
     * on every request (about 70 ms here, a third of a 100,000-value request's server time), a token one SHA-256.
     */
    private static String apiToken(ConfigurableApplicationContext app, JdbcClient jdbc) {
        long admin = jdbc.sql("SELECT id FROM app_user WHERE username = :u")
                .param("u", ADMIN)
                .query(Long.class)
                .single();
        return app.getBean(ApiTokenService.class).create(admin, "benchmark", 1).token();
    }

    /** Sends the values in chunks; only the requests are timed, not building their bodies. */
    private static long importAll(BenchHttp http, BenchData data, long total, int chunk, boolean json)
            throws Exception {
        long elapsed = 0;
        for (long from = 0; from < total; from += chunk) {
            long to = Math.min(total, from + chunk);
            byte[] body = json ? BenchPayloads.json(data, from, to) : BenchPayloads.csv(data, from, to);
            long t = System.nanoTime();
            String summary = http.importValues(body, json ? "application/json" : "text/csv", "");
            elapsed += System.nanoTime() - t;
            if (summary.contains("\"ERROR\"") || !summary.contains("\"conflicts\":[]")) {
                throw new IllegalStateException("Import of [" + from + ", " + to + ") had conflicts: "
                        + summary.substring(0, Math.min(600, summary.length())));
            }
        }
        return elapsed;
    }

    /** Single saves through the entry grid's endpoint, as an officer's browser sends them. */
    private void latency(ConfigurableApplicationContext app) throws Exception {
        BenchData data = new BenchData(SEED);
        data.create(app.getBean(JdbcClient.class));
        BenchHttp http = new BenchHttp(port(app), BenchHttp.basic(ADMIN, PASSWORD));
        http.login(ADMIN, PASSWORD);
        int saves = Integer.getInteger("bench.saves", 1_000);
        List<Long> nanos = new ArrayList<>(saves);
        // Values of this run only, so each save changes the cell also on data an earlier run (-Dbench.reuse) left.
        long base = 1_000 + (System.currentTimeMillis() / 1000 % 100_000) * 10_000;
        for (int i = -50; i < saves; i++) {
            Map<String, String> cell = new LinkedHashMap<>();
            cell.put("unit", data.unitCodes[0]);
            cell.put("period", "202412");
            cell.put("item", data.itemCodes[Math.floorMod(i, 50)]);
            cell.put("combo", "default");
            cell.put("value", String.valueOf(base + i));
            long t = System.nanoTime();
            String fragment = http.saveCell(cell);
            long took = System.nanoTime() - t;
            if (!fragment.contains("data-state=\"SAVED\"")) {
                throw new IllegalStateException("Cell not saved: " + fragment);
            }
            if (i >= 0) {
                nanos.add(took);
            }
        }
        report.latency("singleSave", nanos);
    }

    private static int port(ConfigurableApplicationContext app) {
        return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    static long heapUsedMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
