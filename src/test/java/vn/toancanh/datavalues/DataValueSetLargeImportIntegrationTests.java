package vn.toancanh.datavalues;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * A 100,000-value JSON import over HTTP, timed end to end and set beside a bare PostgreSQL COPY of the same rows into a
 * keyed table (the benchmark's baseline), so a regression in the write path shows in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DataValueSetLargeImportIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(DataValueSetLargeImportIntegrationTests.class);
    private static final List<String> ITEMS = List.of("NUM", "INT", "PCT", "SECRET", "PROV");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    DataSource dataSource;

    @Test
    void importsOneHundredThousandValuesAndReportsThroughput() throws Exception {
        DataValueTestFixture f = new DataValueTestFixture(jdbc, encoder);
        List<String> units = f.bulkUnits(100);
        ApiClient admin = new ApiClient(port, f.user("admin"), DataValueTestFixture.PASSWORD);
        StringBuilder json = new StringBuilder("{\"dataValues\":[");
        StringBuilder copy = new StringBuilder();
        int n = 0;
        for (String item : ITEMS) {
            long itemId = f.itemId(item);
            for (int u = 0; u < units.size(); u++) {
                for (int m = 0; m < 200; m++) {
                    String period = String.format("%04d%02d", 2001 + m / 12, m % 12 + 1);
                    String value = String.valueOf((n * 31) % 100);
                    json.append(n++ == 0 ? "" : ",")
                            .append("{\"dataElement\":\"")
                            .append(f.code(item));
                    json.append("\",\"period\":\"")
                            .append(period)
                            .append("\",\"orgUnit\":\"")
                            .append(units.get(u));
                    json.append("\",\"value\":\"").append(value).append("\"}");
                    copy.append(itemId)
                            .append('\t')
                            .append(u)
                            .append('\t')
                            .append(m)
                            .append("\t0\t")
                            .append(value);
                    copy.append('\t').append(value).append("\t\\N\tbench\n");
                }
            }
        }
        String payload = json.append("]}").toString();

        admin.post("/api/dataValueSets?dryRun=true", "application/json", "{\"dataValues\":[]}"); // warm-up
        long start = System.nanoTime();
        ApiClient.Answer answer = admin.post("/api/dataValueSets", "application/json", payload);
        double seconds = (System.nanoTime() - start) / 1e9;
        JsonNode summary = admin.json(answer);
        assertThat(summary.at("/importCount/imported").asInt())
                .as(answer.body())
                .isEqualTo(100_000);

        double copySeconds = copyBaseline(copy.toString());
        log.info(
                "100k JSON import: {} s = {} values/s; COPY baseline {} s = {} values/s; ratio {}",
                String.format("%.2f", seconds),
                Math.round(100_000 / seconds),
                String.format("%.2f", copySeconds),
                Math.round(100_000 / copySeconds),
                String.format("%.2f", copySeconds / seconds));

        long start2 = System.nanoTime();
        JsonNode again = admin.json(admin.post("/api/dataValueSets", "application/json", payload));
        log.info(
                "100k JSON re-import (all unchanged): {} s", String.format("%.2f", (System.nanoTime() - start2) / 1e9));
        assertThat(again.at("/importCount/ignored").asInt()).isEqualTo(100_000);
    }

    private double copyBaseline(String rows) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS bench_copy_baseline");
            st.execute("CREATE TABLE bench_copy_baseline (item_id BIGINT, unit_id BIGINT, period_id INT,"
                    + " option_combo_id BIGINT, value TEXT, numeric_value DOUBLE PRECISION, comment TEXT,"
                    + " stored_by TEXT, PRIMARY KEY (item_id, unit_id, period_id, option_combo_id))");
            long start = System.nanoTime();
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY bench_copy_baseline FROM STDIN",
                            new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)));
            double seconds = (System.nanoTime() - start) / 1e9;
            st.execute("DROP TABLE bench_copy_baseline");
            return seconds;
        }
    }
}
