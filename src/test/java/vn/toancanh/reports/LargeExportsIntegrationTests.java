package vn.toancanh.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.analytics.AnalyticsFixture;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;

/**
 * Large exports end to end: 100,000 values of a data group written in the background to Excel with progress the
 * caller can follow, the file read back (its rows counted from the sheet's XML, as a reader with little memory would),
 * a small export opened with POI for its names and numbers, CSV, who may see a job, and bad requests as problems.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeExportsIntegrationTests {

    static final int ITEMS = 250;
    static final int MONTHS = 200;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AnalyticsService analytics;

    @Autowired
    DataValueService values;

    @Autowired
    UserAdminService users;

    @Autowired
    JsonMapper json;

    TestHttp http;
    AnalyticsFixture f;
    String first;

    @BeforeAll
    void setUp() {
        http = new TestHttp(port);
        f = new AnalyticsFixture(jdbc, values, analytics);
        List<DataValueInput> rows = new ArrayList<>(ITEMS * MONTHS * 2);
        for (int i = 0; i < ITEMS; i++) {
            String item = f.item(String.format("X%03d", i), "SUM", "SUM", "MONTHLY");
            if (i == 0) {
                first = item;
            }
            for (int m = 0; m < MONTHS; m++) {
                String period = String.format("%d%02d", 2010 + m / 12, m % 12 + 1);
                rows.add(f.value(item, period, f.c1, Integer.toString(i * 1000 + m)));
                rows.add(f.value(item, period, f.c2, (i * 1000 + m) + ".25"));
            }
        }
        f.write(rows);
        TestUsers.ensure(users, jdbc, "ex.lead", Role.LEADER, null);
        TestUsers.ensure(users, jdbc, "ex.other", Role.LEADER, null);
    }

    @Test
    void aHundredThousandValuesStreamToExcelWithProgress() throws Exception {
        HttpResponse<String> started = call("POST", "/api/exports", "ex.lead", request("XLSX", null));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode job = json.readTree(started.body());
        String id = job.get("id").asString();
        assertThat(started.headers().firstValue("Location").orElse("")).endsWith("/api/exports/" + id);
        assertThat(job.get("title").asString()).isEqualTo("Số liệu Nhóm thử");

        List<Long> progress = new ArrayList<>();
        job = awaitDone(id, progress);
        assertThat(job.get("totalRows").asLong()).isEqualTo(100_000);
        assertThat(job.get("doneRows").asLong()).isEqualTo(100_000);
        assertThat(job.get("percent").asInt()).isEqualTo(100);
        assertThat(job.get("elapsedMillis").asLong()).isPositive();
        assertThat(job.get("fileName").asString()).isEqualTo("Số liệu Nhóm thử.xlsx");
        assertThat(progress).isSorted();

        HttpResponse<byte[]> file =
                http.bytes("/api/exports/" + id + "/file", TestHttp.basic("ex.lead", TestUsers.PASSWORD));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body().length).isEqualTo(job.get("sizeBytes").asInt());
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file.body()))) {
            XSSFReader reader = new XSSFReader(pkg);
            var sheets = reader.getSheetsData();
            int rows = 0;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    rows += countRows(sheet);
                }
            }
            assertThat(rows).isEqualTo(100_000 + 1);
        }

        // data leaving the system is audited: who, what, how much
        assertThat(jdbc.sql(
                                "SELECT username || ' ' || details FROM audit_log WHERE action = 'EXPORT' AND entity_key = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("ex.lead Số liệu Nhóm thử (XLSX, 100000 dòng)");

        // another user does not see it
        assertThat(call("GET", "/api/exports/" + id, "ex.other", null).statusCode())
                .isEqualTo(404);
        assertThat(json.readTree(call("GET", "/api/exports", "ex.lead", null).body())
                        .findValuesAsString("id"))
                .contains(id);
    }

    @Test
    void aSmallExportCarriesNamesAndRealNumbersAndCsvToo() throws Exception {
        String body = request("XLSX", first);
        String id = json.readTree(call("POST", "/api/exports", "ex.lead", body).body())
                .get("id")
                .asString();
        awaitDone(id, new ArrayList<>());
        byte[] xlsx = http.bytes("/api/exports/" + id + "/file", TestHttp.basic("ex.lead", TestUsers.PASSWORD))
                .body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheet("Số liệu 1");
            Row heading = sheet.getRow(0);
            assertThat(heading.getCell(1).getStringCellValue()).isEqualTo("Tên chỉ tiêu");
            assertThat(heading.getCell(7).getStringCellValue()).isEqualTo("Giá trị");
            assertThat(sheet.getLastRowNum()).isEqualTo(MONTHS * 2);
            // rows run by item, unit, then period
            Row row = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 0 && r.getCell(5).getStringCellValue().equals("201002")) {
                    row = r;
                    break;
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(first);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Chỉ tiêu X000");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("người");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Xã Một");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("201002");
            assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(1.0);
        }

        String csvId = json.readTree(call("POST", "/api/exports", "ex.lead", request("CSV", first))
                        .body())
                .get("id")
                .asString();
        awaitDone(csvId, new ArrayList<>());
        String csv = new String(
                http.bytes("/api/exports/" + csvId + "/file", TestHttp.basic("ex.lead", TestUsers.PASSWORD))
                        .body(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFMã chỉ tiêu,Tên chỉ tiêu,Đơn vị tính");
        assertThat(csv.lines()).hasSize(MONTHS * 2 + 1);
        assertThat(csv).contains(first + ",Chỉ tiêu X000,người," + f.code("C2") + ",Xã Hai,201001,,0.25,");
    }

    @Test
    void badRequestsAreProblemsWithTheField() {
        HttpResponse<String> none = call("POST", "/api/exports", "ex.lead", "{\"orgUnits\":[\"312\"]}");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(json.readTree(none.body()).get("errors").findValuesAsString("field"))
                .contains("dataGroup");
        HttpResponse<String> unknown = call("POST", "/api/exports", "ex.lead", """
                {"dataGroup":"KHONG-CO","orgUnits":["312"],"startDate":"2024-01-01","endDate":"2024-12-31"}""");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("KHONG-CO");
        HttpResponse<String> backwards = call("POST", "/api/exports", "ex.lead", """
                {"dataGroup":"KHONG-CO","orgUnits":["312"],"startDate":"2024-12-31","endDate":"2024-01-01"}""");
        assertThat(backwards.statusCode()).as(backwards.body()).isEqualTo(400);
        assertThat(json.readTree(backwards.body()).get("errors").findValuesAsString("field"))
                .contains("endDate");
        assertThat(call("GET", "/api/exports/not-a-job", "ex.lead", null).statusCode())
                .isEqualTo(404);
        assertThat(call("GET", "/api/exports", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void thePageStartsAnExportAndShowsMistakesBesideTheirFields() throws Exception {
        String auth = TestHttp.basic("ex.lead", TestUsers.PASSWORD);
        HttpResponse<String> missing = http.form(
                "/reports/exports",
                auth,
                java.util.Map.of(
                        "orgUnit", f.code("D"), "startDate", "2010-01-01", "endDate", "2010-12-31", "format", "CSV"));
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("id=\"dataGroup-error\"", "Chọn nhóm dữ liệu hoặc chỉ tiêu cần xuất");
        HttpResponse<String> started = http.form(
                "/reports/exports",
                auth,
                java.util.Map.of(
                        "dataGroup",
                        f.code("G"),
                        "orgUnit",
                        f.code("D"),
                        "children",
                        "true",
                        "startDate",
                        "2010-01-01",
                        "endDate",
                        "2010-12-31",
                        "format",
                        "CSV",
                        "title",
                        "Số liệu năm 2010"));
        assertThat(started.statusCode()).isEqualTo(302);
        String location = started.headers().firstValue("Location").orElse("");
        assertThat(location).contains("/reports/exports?started=");
        String id = location.substring(location.indexOf("started=") + 8);
        JsonNode job = awaitDone(id, new ArrayList<>());
        assertThat(job.get("doneRows").asLong()).isEqualTo(ITEMS * 12 * 2);
        HttpResponse<String> page = http.page("/reports/exports?started=" + id, auth);
        assertThat(page.body()).contains("Số liệu năm 2010.csv", "/reports/exports/" + id + "/file", "Xong");
    }

    private String request(String format, String item) {
        String what = item == null ? "\"dataGroup\":\"" + f.code("G") + "\"" : "\"dataElements\":[\"" + item + "\"]";
        return "{" + what + ",\"orgUnits\":[\"" + f.code("D") + "\"],\"children\":true,"
                + "\"startDate\":\"2010-01-01\",\"endDate\":\"2026-12-31\",\"format\":\"" + format + "\"}";
    }

    private JsonNode awaitDone(String id, List<Long> progress) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode job = json.readTree(
                    call("GET", "/api/exports/" + id, "ex.lead", null).body());
            progress.add(job.get("doneRows").asLong());
            String status = job.get("status").asString();
            assertThat(status).as(job.toString()).isNotEqualTo("FAILED");
            if (status.equals("DONE")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("export " + id + " did not finish");
    }

    private static int countRows(InputStream sheet) throws IOException {
        Pattern row = Pattern.compile("<row ");
        int count = 0;
        byte[] buffer = new byte[1 << 16];
        String carry = "";
        int n;
        while ((n = sheet.read(buffer)) > 0) {
            String chunk = carry + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
            Matcher m = row.matcher(chunk);
            int last = 0;
            while (m.find()) {
                count++;
                last = m.end();
            }
            carry = chunk.substring(Math.max(last, chunk.length() - 4));
        }
        return count;
    }

    private HttpResponse<String> call(String method, String path, String user, String body) {
        return http.json(method, path, user == null ? null : TestHttp.basic(user, TestUsers.PASSWORD), body);
    }
}
