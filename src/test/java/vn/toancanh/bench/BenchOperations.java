package vn.toancanh.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The operations and warnings scenarios: a million sensor readings and a hundred thousand one-stop-shop dossiers
 * through their import APIs, each against a PostgreSQL COPY of the same rows into a table with the same key; and the
 * time from a write to the alert it opens — a river reading over its alarm level (the reading's event → the rule), and
 * an overdue task (the task's figures → the analytics index → the rule).
 */
final class BenchOperations {

    private static final ZoneOffset VN = ZoneOffset.ofHours(7);
    private static final int STATIONS = 20;

    private final BenchHttp http;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final BenchData data;
    private final BenchReport report;

    BenchOperations(BenchHttp http, JdbcClient jdbc, DataSource dataSource, BenchData data, BenchReport report) {
        this.http = http;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.data = data;
        this.report = report;
    }

    void run() throws Exception {
        administrationSector();
        stations();
        int readings = Integer.getInteger("bench.readings", 1_000_000);
        int dossiers = Integer.getInteger("bench.dossiers", 100_000);
        report.put("sensorReadings", readings);
        report.put("dossiers", dossiers);
        readings(readings);
        dossiers(dossiers);
        floodAlertLatency(Integer.getInteger("bench.alertSamples", 50));
        overdueAlertLatency(Math.min(Integer.getInteger("bench.alertSamples", 50), BenchData.UNITS - 1));
    }

    /**
     * The figures of dossiers and tasks are catalog items of the administration sector, which the reference catalog
     * brings (sectors HC-TTHC, HC-NVG, HC-VB, with the demo or a district's catalog import); the bench's own catalog has no such sector.
     */
    private void administrationSector() {
        jdbc.sql("INSERT INTO data_domain (code, name) VALUES ('HC', 'Hành chính') ON CONFLICT (code) DO NOTHING")
                .update();
        for (String sector : List.of("HC-TTHC", "HC-NVG", "HC-VB")) {
            jdbc.sql("""
                    INSERT INTO data_sector (code, domain_id, name)
                    SELECT :code, id, :code FROM data_domain WHERE code = 'HC'
                    ON CONFLICT (code) DO NOTHING""").param("code", sector).update();
        }
    }

    private void stations() throws Exception {
        for (int s = 0; s < STATIONS; s++) {
            http.post(
                    "/api/sensors/stations",
                    "application/json",
                    ("""
                    {"code":"BENCH-S%02d","name":"Trạm thử %d","kind":"WATER_LEVEL","unit":"%s","lat":20.9,
                     "lon":106.6,"river":"Cấm","alarm1":2.9,"alarm2":3.4,"alarm3":3.9}""").formatted(s, s, data.unitCodes[s % BenchData.UNITS]).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Five-minute water levels of 20 stations going back from a day ago, in requests of 100,000 readings. */
    private void readings(int total) throws Exception {
        int chunk = 100_000;
        Instant start = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        report.rate("copyReadingsKeyed", total, copyReadings(start, total));
        // untimed warm-up on other times, then the timed run and the same again (nothing changes)
        post("/api/sensors/readings", readingsJson(start.minus(3650, ChronoUnit.DAYS), 0, chunk));
        jdbc.sql("DELETE FROM sensor_reading").update();
        long elapsed = 0;
        for (int from = 0; from < total; from += chunk) {
            byte[] body = readingsJson(start, from, Math.min(total, from + chunk));
            long t = System.nanoTime();
            post("/api/sensors/readings", body);
            elapsed += System.nanoTime() - t;
        }
        report.rate("ingestReadings", total, elapsed);
        long again = 0;
        for (int from = 0; from < total; from += chunk) {
            byte[] body = readingsJson(start, from, Math.min(total, from + chunk));
            long t = System.nanoTime();
            String summary = post("/api/sensors/readings", body);
            again += System.nanoTime() - t;
            if (!summary.contains("\"inserted\":0") || !summary.contains("\"updated\":0")) {
                throw new IllegalStateException("Re-sent readings changed something: " + summary);
            }
        }
        report.rate("reingestReadingsUnchanged", total, again);
        report.put("storedReadings", count("sensor_reading"));
        ratio("ingestReadingsToCopyKeyed", "ingestReadingsValuesPerSecond", "copyReadingsKeyedValuesPerSecond");
    }

    private static long stationOf(int i) {
        return i % STATIONS;
    }

    private static Instant timeOf(Instant start, int i) {
        return start.minus((long) (i / STATIONS) * 5, ChronoUnit.MINUTES);
    }

    private static String level(int i) {
        return String.format(Locale.ROOT, "%.2f", 1.2 + (i % 97) / 100.0);
    }

    private static byte[] readingsJson(Instant start, int from, int to) {
        StringBuilder b = new StringBuilder(80 * (to - from)).append("{\"readings\":[");
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(',');
            }
            b.append("{\"station\":\"BENCH-S")
                    .append(String.format("%02d", stationOf(i)))
                    .append("\",\"measure\":\"WATER_LEVEL\",\"time\":\"")
                    .append(timeOf(start, i))
                    .append("\",\"value\":")
                    .append(level(i))
                    .append('}');
        }
        return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private long copyReadings(Instant start, int total) throws Exception {
        return copy(
                "bench_copy_readings",
                "station_id bigint NOT NULL, measure varchar(20) NOT NULL, observed_at timestamptz NOT NULL,"
                        + " value numeric NOT NULL, PRIMARY KEY (station_id, measure, observed_at)",
                total,
                (b, i) -> b.append(stationOf(i))
                        .append(",WATER_LEVEL,")
                        .append(timeOf(start, i))
                        .append(',')
                        .append(level(i)));
    }

    /** One CSV line of a row, without its line end. */
    private interface Row {
        void write(StringBuilder b, int i);
    }

    /**
     * The baseline: a PostgreSQL COPY of {@code total} rows into a new table of these columns, committed; the rows'
     * CSV is built while copying, as the APIs parse their own.
     *
     * @return elapsed nanoseconds
     */
    private long copy(String table, String columns, int total, Row row) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
            s.execute("CREATE TABLE " + table + " (" + columns + ")");
            c.setAutoCommit(false);
            long t = System.nanoTime();
            CopyIn copy =
                    c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN (FORMAT csv)");
            for (int from = 0; from < total; from += 50_000) {
                StringBuilder b = new StringBuilder();
                for (int i = from; i < Math.min(total, from + 50_000); i++) {
                    row.write(b, i);
                    b.append('\n');
                }
                byte[] rows = b.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(rows, 0, rows.length);
            }
            copy.endCopy();
            c.commit();
            long elapsed = System.nanoTime() - t;
            c.setAutoCommit(true);
            s.execute("DROP TABLE " + table);
            return elapsed;
        }
    }

    /** Dossiers of the last year across the bench units, in requests of 10,000. */
    private void dossiers(int total) throws Exception {
        int chunk = 10_000;
        report.rate("copyDossiersKeyed", total, copyDossiers(total));
        long elapsed = 0;
        for (int from = 0; from < total; from += chunk) {
            byte[] body = dossiersJson(from, Math.min(total, from + chunk), "PROCESSING");
            long t = System.nanoTime();
            post("/api/operations/dossiers", body);
            elapsed += System.nanoTime() - t;
        }
        report.rate("importDossiers", total, elapsed);
        // the one-stop-shop system sends them again, each with a new status (a history row each)
        long again = 0;
        for (int from = 0; from < total; from += chunk) {
            byte[] body = dossiersJson(from, Math.min(total, from + chunk), "RESOLVED");
            long t = System.nanoTime();
            post("/api/operations/dossiers", body);
            again += System.nanoTime() - t;
        }
        report.rate("updateDossiersStatus", total, again);
        report.put("storedDossiers", count("dossier"));
        ratio("importDossiersToCopyKeyed", "importDossiersValuesPerSecond", "copyDossiersKeyedValuesPerSecond");
    }

    private OffsetDateTime receivedOf(int i) {
        return LocalDate.now(VN)
                .minusDays(2 + i % 360)
                .atTime(8 + i % 9, i % 60)
                .atOffset(VN);
    }

    private byte[] dossiersJson(int from, int to, String status) {
        StringBuilder b = new StringBuilder(400 * (to - from)).append('[');
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(',');
            }
            OffsetDateTime received = receivedOf(i);
            b.append("{\"code\":\"BENCH-HS-")
                    .append(i)
                    .append("\",\"procedureCode\":\"1.001193\",\"procedureName\":\"Đăng ký khai sinh\",")
                    .append("\"sector\":\"Hộ tịch\",\"unit\":\"")
                    .append(data.unitCodes[i % BenchData.UNITS])
                    .append("\",\"channel\":\"")
                    .append(i % 7 == 0 ? "DIRECT" : "ONLINE_FULL")
                    .append("\",\"status\":\"")
                    .append(status)
                    .append("\",\"receivedAt\":\"")
                    .append(received)
                    .append("\",\"dueAt\":\"")
                    .append(received.plusDays(3));
            if (status.equals("RESOLVED")) {
                b.append("\",\"completedAt\":\"").append(received.plusDays(1));
            }
            b.append("\",\"feePaidOnline\":").append(i % 3 == 0).append(",\"applicantKind\":\"CITIZEN\"}");
        }
        return b.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private long copyDossiers(int total) throws Exception {
        return copy(
                "bench_copy_dossiers",
                "code varchar(60) PRIMARY KEY, procedure_code varchar(40), procedure_name varchar(300),"
                        + " sector varchar(200), unit_id bigint, channel varchar(20), status varchar(30),"
                        + " received_at timestamptz, due_at timestamptz, fee_paid_online boolean,"
                        + " applicant_kind varchar(20)",
                total,
                (b, i) -> {
                    OffsetDateTime received = receivedOf(i);
                    b.append("BENCH-HS-")
                            .append(i)
                            .append(",1.001193,Đăng ký khai sinh,Hộ tịch,")
                            .append(data.unitIds[i % BenchData.UNITS])
                            .append(',')
                            .append(i % 7 == 0 ? "DIRECT" : "ONLINE_FULL")
                            .append(",PROCESSING,")
                            .append(received)
                            .append(',')
                            .append(received.plusDays(3))
                            .append(',')
                            .append(i % 3 == 0)
                            .append(",CITIZEN");
                });
    }

    /** A reading over alarm I until its alert is open, then one under it until the alert is resolved. */
    private void floodAlertLatency(int samples) throws Exception {
        http.post("/api/alerts/rules", "application/json", """
                {"code":"BENCH-LU","name":"Lũ trạm thử","kind":"FLOOD","target":"BENCH-S00"}""".getBytes(StandardCharsets.UTF_8));
        long rule = jdbc.sql("SELECT id FROM alert_rule WHERE code = 'BENCH-LU'")
                .query(Long.class)
                .single();
        Instant at = Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        List<Long> open = new ArrayList<>();
        List<Long> resolved = new ArrayList<>();
        for (int i = -5; i < samples; i++) {
            at = at.plusSeconds(5);
            long t = System.nanoTime();
            post("/api/sensors/readings", reading(at, "3.05"));
            waitFor("SELECT count(*) FROM alert_event WHERE rule_id = :r AND resolved_at IS NULL", rule, 1);
            long opened = System.nanoTime() - t;
            at = at.plusSeconds(5);
            t = System.nanoTime();
            post("/api/sensors/readings", reading(at, "2.10"));
            waitFor("SELECT count(*) FROM alert_event WHERE rule_id = :r AND resolved_at IS NULL", rule, 0);
            if (i >= 0) {
                open.add(opened);
                resolved.add(System.nanoTime() - t);
            }
        }
        report.latency("readingToFloodAlert", open);
        report.latency("readingToFloodResolved", resolved);
    }

    private static byte[] reading(Instant at, String value) {
        return ("{\"readings\":[{\"station\":\"BENCH-S00\",\"measure\":\"WATER_LEVEL\",\"time\":\"" + at
                        + "\",\"value\":" + value + "}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** An overdue task for a unit without one until its alert is open: import → figures → analytics → rule. */
    private void overdueAlertLatency(int samples) throws Exception {
        http.post("/api/alerts/rules", "application/json", """
                {"code":"BENCH-NV","name":"Nhiệm vụ quá hạn","kind":"OVERDUE","target":"TASKS","unit":"BENCH-D",
                 "eachChild":true,"threshold":0}""".getBytes(StandardCharsets.UTF_8));
        long rule = jdbc.sql("SELECT id FROM alert_rule WHERE code = 'BENCH-NV'")
                .query(Long.class)
                .single();
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long before = jdbc.sql("SELECT count(*) FROM alert_event WHERE rule_id = :r")
                    .param("r", rule)
                    .query(Long.class)
                    .single();
            String task =
                    """
                    [{"code":"BENCH-NV-%d","title":"Nhiệm vụ thử %d","issuer":"UBND thành phố","leadUnit":"%s",
                      "deadline":"%s"}]""".formatted(i, i, data.unitCodes[i], LocalDate.now(VN).minusDays(1));
            long t = System.nanoTime();
            post("/api/operations/tasks", task.getBytes(StandardCharsets.UTF_8));
            waitFor("SELECT count(*) FROM alert_event WHERE rule_id = :r", rule, before + 1);
            nanos.add(System.nanoTime() - t);
        }
        report.latency("overdueTaskToAlert", nanos);
    }

    private void waitFor(String sql, long rule, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (jdbc.sql(sql).param("r", rule).query(Long.class).single() != expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No alert after 30 s: " + sql);
            }
            Thread.sleep(1);
        }
    }

    private String post(String path, byte[] body) throws Exception {
        return http.post(path, "application/json", body);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private void ratio(String key, String numerator, String denominator) {
        if (report.get(numerator) instanceof Long n && report.get(denominator) instanceof Long d && d > 0) {
            report.put(key, Math.round(n * 1000.0 / d) / 1000.0);
        }
    }
}
