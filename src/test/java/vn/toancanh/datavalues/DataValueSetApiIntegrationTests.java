package vn.toancanh.datavalues;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import vn.toancanh.datavalues.ApiClient.Answer;

/**
 * The acceptance test for {@code /api/dataValueSets} over a real port with HTTP Basic: bulk JSON and CSV,
 * idempotence, audit, every kind of bad input, dry run, delete, async jobs, exports and scope. Each test uses its
 * own items or periods, so they do not depend on each other's order.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"toancanh.datavalues.max-import-rows=20000", "toancanh.datavalues.max-import-size=4MB"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataValueSetApiIntegrationTests {

    static final String JSON = "application/json";
    static final String CSV = "text/csv";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    DataValueTestFixture f;
    List<String> bulk;
    ApiClient admin;

    @BeforeAll
    void setUp() {
        f = new DataValueTestFixture(jdbc, encoder);
        bulk = f.bulkUnits(50);
        admin = new ApiClient(port, f.user("admin"), DataValueTestFixture.PASSWORD);
    }

    @Test
    void importsTenThousandJsonValuesThenIgnoresTheSamePayloadThenCountsUpdates() {
        String payload = json(tenThousand("NUM", i -> (i * 7 % 1000) + ".5"));
        JsonNode first = ok(admin.post("/api/dataValueSets", JSON, payload));
        assertThat(first.at("/status").asString()).isEqualTo("SUCCESS");
        assertCounts(first, 10_000, 0, 0, 0);
        assertThat(count("NUM")).isEqualTo(10_000);
        assertThat(stored("NUM", bulk.get(3), "200105")).isEqualTo(((3 * 200 + 4) * 7 % 1000) + ".5");
        long audits = audits("NUM");
        assertThat(audits).isEqualTo(10_000);

        JsonNode again = ok(admin.post("/api/dataValueSets", JSON, payload));
        assertCounts(again, 0, 0, 10_000, 0);
        assertThat(audits("NUM")).isEqualTo(audits);

        String changed = json(tenThousand("NUM", i -> i % 100 == 0 ? "42" : (i * 7 % 1000) + ".5"));
        JsonNode update = ok(admin.post("/api/dataValueSets", JSON, changed));
        assertCounts(update, 0, 100, 9_900, 0);
        assertThat(audits("NUM")).isEqualTo(audits + 100);
        assertThat(stored("NUM", bulk.get(0), "200101")).isEqualTo("42");
    }

    @Test
    void importsTenThousandCsvValuesWithBomQuotesAndAnyColumnOrder() {
        StringBuilder csv = new StringBuilder("\uFEFFvalue,orgUnit,period,dataElement,comment\n");
        List<String[]> rows = tenThousand("INT", i -> String.valueOf(i));
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            String comment = i == 0 ? "\"có dấu phẩy, \"\"ngoặc\"\"\nvà xuống dòng\"" : "";
            csv.append(r[4])
                    .append(',')
                    .append(r[2])
                    .append(',')
                    .append(r[1])
                    .append(',')
                    .append(r[0]);
            csv.append(',').append(comment).append('\n');
        }
        JsonNode summary = ok(admin.post("/api/dataValueSets", CSV, csv.toString()));
        assertCounts(summary, 10_000, 0, 0, 0);
        assertThat(count("INT")).isEqualTo(10_000);
        assertThat(jdbc.sql("SELECT comment FROM data_value WHERE item_id = :i AND value = '0'")
                        .param("i", f.itemId("INT"))
                        .query(String.class)
                        .single())
                .isEqualTo("có dấu phẩy, \"ngoặc\"\nvà xuống dòng");
    }

    @Test
    void reportsEveryKindOfBadRowAndWritesNothingWithAtomicModeAllButValidRowsWithNone() {
        String payload = json(List.of(
                row("TEXT", "203001", "C1", "được"),
                row("NOPE", "203001", "C1", "1"),
                row("TEXT", "203001", "NOPE", "x"),
                new String[] {f.code("SEX"), "203001", f.code("C1"), "NOPE", "1"},
                new String[] {f.code("SEX"), "203001", f.code("C1"), "default", "1"},
                row("TEXT", "2030-01", "C1", "x"),
                row("TEXT", "2030Q1", "C1", "x"),
                row("PCT", "203001", "C1", "12,5"),
                row("PCT", "203001", "C2", "150"),
                row("DATE", "203001", "C1", "15/01/2030"),
                row("BOOL", "203001", "C1", "có"),
                row("OLD", "203001", "C1", "1"),
                row("PCT", "203001", "CX", "1"),
                row("YEAR", "2030", "C1", "12.5")));
        Answer all = admin.post("/api/dataValueSets", JSON, payload);
        assertThat(all.status()).isEqualTo(409);
        JsonNode summary = admin.json(all);
        assertThat(summary.at("/status").asString()).isEqualTo("ERROR");
        assertCounts(summary, 0, 0, 14, 0);
        assertThat(conflicts(summary))
                .containsExactly(
                        "2 dataElement " + f.code("NOPE"),
                        "3 orgUnit " + f.code("NOPE"),
                        "4 categoryOptionCombo NOPE",
                        "5 categoryOptionCombo default",
                        "6 period 2030-01",
                        "7 period 2030Q1",
                        "8 value 12,5",
                        "9 value 150",
                        "10 value 15/01/2030",
                        "11 value có",
                        "12 dataElement " + f.code("OLD"),
                        "13 orgUnit " + f.code("CX"));
        assertThat(summary.at("/conflicts/6/reason").asString()).contains("dấu chấm thập phân");
        assertThat(summary.at("/conflicts/5/reason").asString())
                .contains("kỳ quý")
                .contains("tháng");
        assertThat(summary.at("/conflicts/11/reason").asString()).contains("không hoạt động");
        assertThat(summary.at("/conflicts/0/value").asString()).startsWith("Không tìm thấy chỉ tiêu");
        assertThat(countIn("203001") + countIn("2030")).isZero();

        JsonNode none = ok(admin.post("/api/dataValueSets?atomicMode=NONE", JSON, payload));
        assertThat(none.at("/status").asString()).isEqualTo("WARNING");
        assertCounts(none, 2, 0, 12, 0);
        assertThat(stored("TEXT", f.code("C1"), "203001")).isEqualTo("được");
        assertThat(stored("YEAR", f.code("C1"), "2030")).isEqualTo("12.5");
    }

    @Test
    void malformedOrOversizedInputIsRefusedWithALocatedReason() {
        assertProblem(
                admin.post("/api/dataValueSets", JSON, "{\"dataValues\": [{\"dataElement\": \"A\",,}]}"),
                400,
                "JSON không hợp lệ ở dòng 1");
        assertProblem(
                admin.post("/api/dataValueSets", JSON, "{\"dataValues\": [{\"dataElement\": \"A\""),
                400,
                "JSON không hợp lệ");
        assertProblem(admin.post("/api/dataValueSets", JSON, "[1,2]"), 400, "dataValues");
        byte[] brokenJson = "{\"dataValues\":[{\"comment\":\"x\u00ff\"}]}".getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(admin.post("/api/dataValueSets", JSON, brokenJson), 400, "UTF-8");
        assertProblem(
                admin.post("/api/dataValueSets", CSV, "dataElement,period,orgUnit\nA,202401,B\n"),
                400,
                "thiếu cột: value");
        byte[] brokenCsv = ("dataElement,period,orgUnit,value\n" + f.code("NUM") + ",202401," + f.code("C1")
                        + ",1\nA,202401,B,caf\u00e9\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(admin.post("/api/dataValueSets", CSV, brokenCsv), 400, "UTF-8");
        assertProblem(
                admin.post("/api/dataValueSets", CSV, "dataElement,period,orgUnit,value\n\"A,2024"),
                400,
                "CSV không hợp lệ");
        assertProblem(
                admin.post("/api/dataValueSets?importStrategy=MERGE", JSON, json(List.of())), 400, "importStrategy");

        List<String[]> tooMany = new ArrayList<>();
        for (int i = 0; i < 20_001; i++) {
            tooMany.add(new String[] {"A", "202401", "B", "1"});
        }
        assertProblem(admin.post("/api/dataValueSets", JSON, json(tooMany)), 413, "tối đa 20000");
        byte[] huge = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertProblem(admin.post("/api/dataValueSets", JSON, huge), 413, "vượt quá giới hạn");
        assertThat(admin.post("/api/dataValueSets", "application/xml", "<x/>").status())
                .isEqualTo(415);
        assertThat(admin.as("nobody", "wrong")
                        .post("/api/dataValueSets", JSON, "{}")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void dryRunWritesNothingAndDeleteStrategyRemovesValuesWithAudit() {
        String payload = json(List.of(row("BOOL", "203101", "C1", "true"), row("BOOL", "203102", "C1", "FALSE")));
        JsonNode dry = ok(admin.post("/api/dataValueSets?dryRun=true", JSON, payload));
        assertCounts(dry, 2, 0, 0, 0);
        assertThat(dry.at("/dryRun").asBoolean()).isTrue();
        assertThat(countIn("203101") + countIn("203102")).isZero();

        ok(admin.post("/api/dataValueSets", JSON, payload));
        assertThat(stored("BOOL", f.code("C1"), "203102")).isEqualTo("false");
        String delete = "dataElement,period,orgUnit,value\n" + f.code("BOOL") + ",203101," + f.code("C1") + ",\n"
                + f.code("BOOL") + ",203103," + f.code("C1") + ",\n";
        JsonNode deleted = ok(admin.post("/api/dataValueSets?importStrategy=DELETE", CSV, delete));
        assertCounts(deleted, 0, 0, 1, 1);
        assertThat(stored("BOOL", f.code("C1"), "203101")).isNull();
        assertThat(jdbc.sql("SELECT old_value FROM data_value_audit WHERE item_id = :i AND change_type = 'DELETE'")
                        .param("i", f.itemId("BOOL"))
                        .query(String.class)
                        .list())
                .containsExactly("true");
    }

    @Test
    void asyncImportIsPolledToCompletionByItsOwnerOnly() throws InterruptedException {
        Answer accepted = admin.post("/api/dataValueSets?async=true", JSON, json(tenThousand("PCT", i -> "50")));
        assertThat(accepted.status()).isEqualTo(202);
        String location = admin.json(accepted).at("/location").asString();
        assertThat(location).startsWith("/api/dataValueSets/jobs/");
        JsonNode job = admin.json(admin.get(location));
        for (int i = 0; i < 200 && !job.at("/status").asString().equals("COMPLETED"); i++) {
            assertThat(job.at("/status").asString()).isIn("QUEUED", "RUNNING");
            Thread.sleep(100);
            job = admin.json(admin.get(location));
        }
        assertThat(job.at("/status").asString()).isEqualTo("COMPLETED");
        assertThat(job.at("/doneRows").asInt()).isEqualTo(10_000);
        assertCounts(job.at("/summary"), 10_000, 0, 0, 0);
        assertThat(count("PCT")).isEqualTo(10_000);
        assertThat(admin.as(f.user("c1"), DataValueTestFixture.PASSWORD)
                        .get(location)
                        .status())
                .isEqualTo(404);
        assertThat(admin.get("/api/dataValueSets/jobs/not-a-uuid").status()).isEqualTo(404);
    }

    @Test
    void exportsJsonCsvAndExcelWithChildrenDatesAndRepeatedItems() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String unit : List.of("P", "C1", "C2", "D")) {
            for (int year = 2019; year <= 2023; year++) {
                rows.add(row("YEAR", String.valueOf(year), unit, String.valueOf(year - 2000)));
                rows.add(row("SECRET", year + "06", unit, "9"));
            }
        }
        ok(admin.post("/api/dataValueSets", JSON, json(rows)));

        String base = "/api/dataValueSets?orgUnit=" + f.code("P") + "&dataElement=" + f.code("YEAR");
        JsonNode own = admin.json(admin.get(base + "&period=2021"));
        assertThat(own.at("/dataValues").size()).isEqualTo(1);
        assertThat(own.at("/dataValues/0/value").asString()).isEqualTo("21");
        assertThat(own.at("/dataValues/0/storedBy").asString()).isEqualTo(f.user("admin"));

        String withChildren = base + "&dataElement=" + f.code("SECRET") + "&children=true"
                + "&startDate=2020-01-01&endDate=2021-12-31";
        JsonNode all = admin.json(admin.get(withChildren));
        assertThat(all.at("/dataValues").size()).isEqualTo(4 * 2 * 2);

        Answer csv = admin.get(withChildren + "&format=csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("dataElement,period,orgUnit,categoryOptionCombo,value,comment,storedBy,"
                        + "created,lastUpdated");
        assertThat(lines)
                .hasSize(17)
                .anyMatch(l -> l.startsWith(f.code("YEAR") + ",2020," + f.code("C2") + ",default,20,"));
        assertThat(admin.get(base + "&period=2021", "text/csv").body()).contains(f.code("YEAR") + ",2021,");

        Answer xlsx = admin.get(withChildren + "&format=xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã chỉ tiêu");
            assertThat(sheet.getLastRowNum()).isEqualTo(16);
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isIn(20.0, 21.0, 9.0);
        }

        ApiClient commune = admin.as(f.user("c1"), DataValueTestFixture.PASSWORD);
        assertThat(commune.json(commune.get(withChildren)).at("/dataValues").size())
                .isEqualTo(8);
        ApiClient department = admin.as(f.user("dept"), DataValueTestFixture.PASSWORD);
        assertThat(department
                        .json(department.get(withChildren))
                        .at("/dataValues")
                        .size())
                .isEqualTo(16);

        assertProblem(admin.get("/api/dataValueSets?orgUnit=" + f.code("P")), 400, "dataGroup");
        assertProblem(admin.get(base + "&startDate=2020-13-01&endDate=2021-01-01"), 400, "yyyy-MM-dd");
        assertProblem(admin.get(base + "&period=2021&format=pdf"), 400, "pdf");
        assertProblem(admin.get("/api/dataValueSets?dataElement=NOPE&orgUnit=NOPE&period=2021"), 400, "Không tìm thấy");
    }

    @Test
    void anExcelExportEditedAndPostedBackUpdatesWhatChangedAndLocatesConflictsBySheetRow() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (int year = 2015; year <= 2017; year++) {
            rows.add(row("YEAR", String.valueOf(year), "C1", String.valueOf(year)));
        }
        ok(admin.post("/api/dataValueSets", JSON, json(rows)));
        Answer exported = admin.get("/api/dataValueSets?dataElement=" + f.code("YEAR") + "&orgUnit=" + f.code("C1")
                + "&startDate=2015-01-01&endDate=2017-12-31&format=xlsx");
        byte[] edited;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            sheet.getRow(2).getCell(4).setCellValue(99.5);
            org.apache.poi.ss.usermodel.Row bad = sheet.createRow(4);
            bad.createCell(0).setCellValue(f.code("NOPE"));
            bad.createCell(1).setCellValue(2016);
            bad.createCell(2).setCellValue(f.code("C1"));
            bad.createCell(4).setCellValue(1);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            book.write(out);
            edited = out.toByteArray();
        }
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        JsonNode summary = ok(admin.post("/api/dataValueSets?atomicMode=NONE", xlsx, edited));
        assertCounts(summary, 0, 1, 3, 0);
        assertThat(conflicts(summary)).containsExactly("5 dataElement " + f.code("NOPE"));
        assertThat(stored("YEAR", f.code("C1"), "2016")).isEqualTo("99.5");
        assertThat(jdbc.sql("SELECT source FROM data_value_audit WHERE item_id = :i AND new_value = '99.5'")
                        .param("i", f.itemId("YEAR"))
                        .query(String.class)
                        .single())
                .isEqualTo("EXCEL");
        assertProblem(admin.post("/api/dataValueSets", xlsx, "not a workbook"), 400, "Excel");
    }

    @Test
    void officersWriteOnlyTheirOwnUnitOrTheItemsTheirUnitOwns() {
        ApiClient commune = admin.as(f.user("c1"), DataValueTestFixture.PASSWORD);
        String own = json(List.<String[]>of(row("NUM", "203201", "C1", "1")));
        assertCounts(ok(commune.post("/api/dataValueSets", JSON, own)), 1, 0, 0, 0);
        Answer other =
                commune.post("/api/dataValueSets", JSON, json(List.<String[]>of(row("NUM", "203201", "C2", "1"))));
        assertThat(other.status()).isEqualTo(409);
        assertThat(commune.json(other).at("/conflicts/0/reason").asString()).startsWith("Không có quyền ghi");
        assertThat(stored("NUM", f.code("C2"), "203201")).isNull();

        ApiClient department = admin.as(f.user("dept"), DataValueTestFixture.PASSWORD);
        assertCounts(
                ok(department.post(
                        "/api/dataValueSets", JSON, json(List.<String[]>of(row("NUM", "203201", "C2", "5"))))),
                1,
                0,
                0,
                0);
        Answer notOwned =
                department.post("/api/dataValueSets", JSON, json(List.<String[]>of(row("PROV", "203201", "C2", "5"))));
        assertThat(notOwned.status()).isEqualTo(409);

        ApiClient leader = admin.as(f.user("leader"), DataValueTestFixture.PASSWORD);
        assertThat(leader.post("/api/dataValueSets", JSON, own).status()).isEqualTo(409);
    }

    @Test
    void singleValuesAndTheirHistoryThroughApiDataValues() {
        String value = "{\"dataElement\":\"%s\",\"period\":\"203301\",\"orgUnit\":\"%s\",\"value\":\"%s\"}";
        ok(admin.post("/api/dataValues", JSON, value.formatted(f.code("NUM"), f.code("C1"), "10")));
        ok(admin.post("/api/dataValues", JSON, value.formatted(f.code("NUM"), f.code("C1"), "11")));
        assertThat(admin.post("/api/dataValues", JSON, value.formatted(f.code("NUM"), f.code("C1"), "mười"))
                        .status())
                .isEqualTo(409);
        String key = "?de=" + f.code("NUM") + "&ou=" + f.code("C1") + "&pe=203301";
        ok(admin.delete("/api/dataValues" + key));
        JsonNode history = admin.json(admin.get("/api/dataValues/history" + key));
        assertThat(history.size()).isEqualTo(3);
        assertThat(history.at("/0/changeType").asString()).isEqualTo("DELETE");
        assertThat(history.at("/1/oldValue").asString()).isEqualTo("10");
        assertThat(history.at("/1/newValue").asString()).isEqualTo("11");
        assertThat(history.at("/2/changeType").asString()).isEqualTo("CREATE");
        assertThat(history.at("/2/source").asString()).isEqualTo("API");
        assertThat(admin.get("/api/dataValues/history?de=NOPE&ou=NOPE&pe=2024").status())
                .isEqualTo(404);
        assertThat(admin.get("/api/dataValues/history?de=" + f.code("NUM") + "&ou=" + f.code("C1") + "&pe=20x")
                        .status())
                .isEqualTo(400);
    }

    // --- helpers

    private List<String[]> tenThousand(String item, java.util.function.IntFunction<String> value) {
        List<String[]> rows = new ArrayList<>();
        int i = 0;
        for (String unit : bulk) {
            for (int m = 0; m < 200; m++) {
                String period = String.format("%04d%02d", 2001 + m / 12, m % 12 + 1);
                rows.add(new String[] {f.code(item), period, unit, null, value.apply(i++)});
            }
        }
        return rows;
    }

    private String[] row(String item, String period, String unit, String value) {
        return new String[] {f.code(item), period, f.code(unit), null, value};
    }

    private static String json(List<String[]> rows) {
        StringBuilder s = new StringBuilder("{\"dataValues\":[");
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            s.append(i == 0 ? "" : ",")
                    .append("{\"dataElement\":\"")
                    .append(r[0])
                    .append("\",\"period\":\"");
            s.append(r[1]).append("\",\"orgUnit\":\"").append(r[2]).append('"');
            if (r.length > 4 && r[3] != null) {
                s.append(",\"categoryOptionCombo\":\"").append(r[3]).append('"');
            }
            s.append(",\"value\":\"").append(r.length > 4 ? r[4] : r[3]).append("\"}");
        }
        return s.append("]}").toString();
    }

    private JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return admin.json(answer);
    }

    private void assertProblem(Answer answer, int status, String detail) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains(detail);
    }

    private static void assertCounts(JsonNode summary, int imported, int updated, int ignored, int deleted) {
        assertThat(List.of(
                        summary.at("/importCount/imported").asInt(),
                        summary.at("/importCount/updated").asInt(),
                        summary.at("/importCount/ignored").asInt(),
                        summary.at("/importCount/deleted").asInt()))
                .as(summary.toString())
                .containsExactly(imported, updated, ignored, deleted);
    }

    private static List<String> conflicts(JsonNode summary) {
        List<String> out = new ArrayList<>();
        summary.at("/conflicts")
                .forEach(c -> out.add(c.at("/row").asInt() + " "
                        + c.at("/property").asString() + " " + c.at("/object").asString()));
        return out;
    }

    /** Values of the item for the bulk units (other tests write the same items for other units). */
    private long count(String item) {
        return jdbc.sql("SELECT count(*) FROM data_value d JOIN org_unit u ON u.id = d.unit_id"
                        + " WHERE d.item_id = :i AND u.code LIKE :b")
                .param("i", f.itemId(item))
                .param("b", f.code("B") + "%")
                .query(Long.class)
                .single();
    }

    private long countIn(String period) {
        return jdbc.sql("SELECT count(*) FROM data_value d JOIN period p ON p.id = d.period_id"
                        + " JOIN data_item i ON i.id = d.item_id WHERE p.iso = :pe AND i.code LIKE :p")
                .param("pe", period)
                .param("p", f.p + "%")
                .query(Long.class)
                .single();
    }

    /** History entries: audit rows plus the CREATE entry each stored value's current life derives. */
    private long audits(String item) {
        return jdbc.sql("SELECT (SELECT count(*) FROM data_value_audit a JOIN org_unit u ON u.id = a.unit_id"
                        + " WHERE a.item_id = :i AND u.code LIKE :b) + (SELECT count(*) FROM data_value d"
                        + " JOIN org_unit u ON u.id = d.unit_id WHERE d.item_id = :i AND u.code LIKE :b)")
                .param("i", f.itemId(item))
                .param("b", f.code("B") + "%")
                .query(Long.class)
                .single();
    }

    private String stored(String item, String unitCode, String period) {
        return jdbc.sql("""
                SELECT d.value FROM data_value d JOIN period p ON p.id = d.period_id JOIN org_unit u ON u.id = d.unit_id
                WHERE d.item_id = :i AND u.code = :u AND p.iso = :pe""")
                .param("i", f.itemId(item))
                .param("u", unitCode)
                .param("pe", period)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
