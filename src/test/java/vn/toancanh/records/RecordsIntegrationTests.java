package vn.toancanh.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.analytics.AnalyticsFixture;
import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.records.internal.ScanImages;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.support.Browser;

/**
 * The archive with tesseract installed: a page of Vietnamese text rendered here is recognised by the background job
 * and found by a word typed without diacritics; a PDF with a text layer is indexed without OCR; an officer does not
 * see another unit's restricted records nor write for it; a bulk import is all or nothing; and the catalog figure a
 * record type feeds equals the count of its records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordsIntegrationTests {

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

    AnalyticsFixture f;
    TestHttp http;
    RecordsTestSupport api;
    String admin;
    String xa1;
    String xa2;
    String p;

    @BeforeAll
    void setUp() {
        f = new AnalyticsFixture(jdbc, values, analytics);
        p = f.code("");
        http = new TestHttp(port);
        api = new RecordsTestSupport(port, json);
        TestUsers.ensure(users, jdbc, "hs.admin", Role.ADMIN, null);
        TestUsers.ensure(users, jdbc, "hs.xa1", Role.COMMUNE_OFFICER, f.code("C1"));
        TestUsers.ensure(users, jdbc, "hs.xa2", Role.COMMUNE_OFFICER, f.code("C2"));
        admin = TestHttp.basic("hs.admin", TestUsers.PASSWORD);
        xa1 = TestHttp.basic("hs.xa1", TestUsers.PASSWORD);
        xa2 = TestHttp.basic("hs.xa2", TestUsers.PASSWORD);
    }

    private Map<String, String> fields(String code, String title, String type, String unit, String sharing) {
        return Map.of(
                "code", code,
                "title", title,
                "type", type,
                "unit", unit,
                "subjectName", "Nguyễn Văn Minh",
                "dateFrom", "2025-03-05",
                "retention", "20 năm",
                "sharing", sharing);
    }

    @Test
    void aScannedVietnamesePageIsRecognisedAndFoundWithoutDiacritics() throws InterruptedException {
        assumeTrue(
                RecordsTestSupport.tesseractInstalled(),
                "tesseract with Vietnamese data is not installed: apt-get install tesseract-ocr tesseract-ocr-vie");
        byte[] scan = ScanImages.png(
                "ỦY BAN NHÂN DÂN XÃ LÊ THIỆN",
                "Danh sách hộ nghèo xã Lê Thiện năm 2025. Hộ ông Trần Văn Quý, thôn Đông, thiếu hụt về việc làm.");
        String code = p + "OCR1";
        HttpResponse<String> created = api.multipart(
                "/api/records",
                xa1,
                fields(code, "Hồ sơ lưu trữ số 17", "KHAC", f.code("C1"), "INTERNAL"),
                List.of(new RecordsTestSupport.Part("files", "trang1.png", scan)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode record = api.awaitSettled(http, xa1, code, 180);
        assertThat(record.get("ocrStatus").asString()).isEqualTo("DONE");
        assertThat(record.get("ocrDone").asInt()).isEqualTo(1);
        assertThat(record.get("pages").get(0).get("ocr").asBoolean()).isTrue();
        // neither the title nor any metadata says "nghèo": only the recognised page does
        JsonNode found =
                json.readTree(http.json("GET", search("ngheo"), xa1, null).body());
        assertThat(RecordsTestSupport.codes(found)).containsExactly(code);
        assertThat(found.get("items").get(0).get("excerpt").asString()).containsIgnoringCase("nghèo");
        JsonNode page = json.readTree(
                http.json("GET", search("ho ngheo le thien"), xa1, null).body());
        assertThat(RecordsTestSupport.codes(page)).containsExactly(code);
    }

    @Test
    void recordsQueuedTogetherAreAllReadAndEachFoundByItsOwnWord() throws InterruptedException {
        assumeTrue(RecordsTestSupport.tesseractInstalled(), "tesseract with Vietnamese data is not installed");
        Map<String, String> words = Map.of(p + "PAR1", "lúa", p + "PAR2", "trâu", p + "PAR3", "cống");
        words.forEach((code, word) -> {
            byte[] scan = ScanImages.png("BIÊN BẢN KIỂM TRA", "Biên bản kiểm tra " + word + " của thôn Đông năm 2025.");
            HttpResponse<String> created = api.multipart(
                    "/api/records",
                    xa1,
                    fields(code, "Biên bản số " + code, "KHAC", f.code("C1"), "INTERNAL"),
                    List.of(new RecordsTestSupport.Part("files", "trang1.png", scan)));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        });
        for (String code : words.keySet()) {
            assertThat(api.awaitSettled(http, xa1, code, 180).get("ocrStatus").asString())
                    .as(code)
                    .isEqualTo("DONE");
        }
        Map<String, String> plain = Map.of("lúa", "lua", "trâu", "trau", "cống", "cong");
        words.forEach((code, word) -> {
            JsonNode found = json.readTree(http.json("GET", search("bien ban kiem tra " + plain.get(word)), xa1, null)
                    .body());
            assertThat(RecordsTestSupport.codes(found)).as(word).contains(code);
        });
    }

    @Test
    void aPdfWithATextLayerIsIndexedWithoutOcr() throws InterruptedException {
        String code = p + "PDF1";
        byte[] pdf = ScanImages.textPdf("Biên bản kiểm tra hiện trạng đê điều và cống tiêu nước xã Một năm 2025.");
        HttpResponse<String> created = api.multipart(
                "/api/records",
                admin,
                fields(code, "Biên bản số 3", "KHAC", f.code("C1"), "INTERNAL"),
                List.of(new RecordsTestSupport.Part("files", "bienban.pdf", pdf)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode record = api.awaitSettled(http, admin, code, 60);
        assertThat(record.get("ocrStatus").asString()).isEqualTo("DONE");
        assertThat(record.get("pages").get(0).get("ocr").asBoolean()).isFalse();
        assertThat(record.get("pages").get(0).get("text").asString()).contains("đê điều");
        JsonNode found = json.readTree(
                http.json("GET", search("de dieu cong tieu"), admin, null).body());
        assertThat(RecordsTestSupport.codes(found)).containsExactly(code);
    }

    @Test
    void aFileThatIsNotAScanIsRefusedBesideItsField() {
        long before = count();
        HttpResponse<String> refused = api.multipart(
                "/api/records",
                admin,
                fields(p + "BAD1", "Tệp sai", "KHAC", f.code("C1"), "INTERNAL"),
                List.of(new RecordsTestSupport.Part(
                        "files", "giả.pdf", "<html>không phải PDF</html>".getBytes(StandardCharsets.UTF_8))));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("files[0]", "không phải PDF, JPEG, PNG hay TIFF");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anOfficerSeesNeitherAnotherUnitsRestrictedRecordsNorItsSubjectsAndCannotWriteForIt() {
        String secret = p + "R1";
        String shared = p + "R2";
        Map<String, String> secretFields =
                new java.util.HashMap<>(fields(secret, "Hồ sơ trợ cấp mật", "KHAC", f.code("C2"), "RESTRICTED"));
        secretFields.put("subjectName", "Đỗ Thị Hằng");
        assertThat(api.multipart("/api/records", admin, secretFields, List.of()).statusCode())
                .isEqualTo(201);
        assertThat(api.multipart(
                                "/api/records",
                                admin,
                                fields(shared, "Hồ sơ trợ cấp chung", "KHAC", f.code("C2"), "INTERNAL"),
                                List.of())
                        .statusCode())
                .isEqualTo(201);
        JsonNode asXa1 =
                json.readTree(http.json("GET", search("tro cap"), xa1, null).body());
        assertThat(RecordsTestSupport.codes(asXa1)).containsExactly(shared);
        assertThat(asXa1.get("items").get(0).get("subjectName").isNull()).isTrue();
        assertThat(http.json("GET", "/api/records/" + secret, xa1, null).statusCode())
                .isEqualTo(404);
        // searching the subject's name finds nothing for those who may not see it
        assertThat(RecordsTestSupport.codes(json.readTree(
                        http.json("GET", search("do thi hang"), xa1, null).body())))
                .isEmpty();
        JsonNode asXa2 =
                json.readTree(http.json("GET", search("tro cap"), xa2, null).body());
        assertThat(RecordsTestSupport.codes(asXa2)).containsExactlyInAnyOrder(secret, shared);
        JsonNode one = json.readTree(
                http.json("GET", "/api/records/" + secret, xa2, null).body());
        assertThat(one.get("subjectName").asString()).isEqualTo("Đỗ Thị Hằng");
        assertThat(RecordsTestSupport.codes(json.readTree(
                        http.json("GET", search("do thi hang"), xa2, null).body())))
                .containsExactly(secret);
        HttpResponse<String> denied = api.multipart(
                "/api/records", xa1, fields(p + "R3", "Không được", "KHAC", f.code("C2"), "INTERNAL"), List.of());
        assertThat(denied.statusCode()).isEqualTo(400);
        assertThat(denied.body()).contains("\"unit\"", "Bạn không được nhập hồ sơ");
    }

    @Test
    void aBulkImportIsAllOrNothingAndTheLinkedFigureEqualsTheCountOfRecords() throws InterruptedException {
        String header = "code,title,type,unit,subjectName,dateFrom,dateTo,retention,sharing\n";
        String good = "%1$sB1,Hồ sơ trợ cấp 1,BTXH,%2$s,Lê Văn A,05/03/2025,,20 năm,RESTRICTED\n"
                        .formatted(p, f.code("C1"))
                + "%1$sB2,Hồ sơ trợ cấp 2,BTXH,%2$s,Lê Văn B,2025-03-20,,20 năm,RESTRICTED\n".formatted(p, f.code("C1"))
                + "%1$sB3,Hồ sơ trợ cấp 3,BTXH,%2$s,Lê Văn C,2025-04-02,,vĩnh viễn,INTERNAL\n"
                        .formatted(p, f.code("C1"));
        String bad = "%1$sB4,Hồ sơ sai,BTXH,KHONG-CO,,31/02/2025,,mãi mãi,INTERNAL\n".formatted(p);
        long before = count();
        HttpResponse<String> rejected = api.multipart(
                "/api/records/import",
                xa1,
                Map.of(),
                List.of(new RecordsTestSupport.Part(
                        "file", "hoso.csv", (header + good + bad).getBytes(StandardCharsets.UTF_8))));
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body()).contains("rows[4].unit", "rows[4].dateFrom", "rows[4].retention");
        assertThat(count()).isEqualTo(before);
        HttpResponse<String> accepted = api.multipart(
                "/api/records/import",
                xa1,
                Map.of(),
                List.of(new RecordsTestSupport.Part(
                        "file", "hoso.csv", (header + good).getBytes(StandardCharsets.UTF_8))));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(count()).isEqualTo(before + 3);

        long march = jdbc.sql("""
                        SELECT count(*) FROM archive_record WHERE type_code = 'BTXH' AND unit_id = :u
                        AND date_from BETWEEN DATE '2025-03-01' AND DATE '2025-03-31'""").param("u", f.c1).query(Long.class).single();
        AnalyticsGrid grid = awaitFigure(
                AnalyticsRequest.of("dx:HS-SOHOA-BTXH", "pe:202503;202504").withFilters("ou:" + f.code("C1")),
                "202504");
        assertThat(grid.value("HS-SOHOA-BTXH", "202503")).hasValue(march);
        assertThat(march).isEqualTo(2);
        assertThat(grid.value("HS-SOHOA-BTXH", "202504")).hasValue(1);
        // the list the figure opens holds those records
        JsonNode list = json.readTree(
                http.json("GET", "/api/records?type=BTXH&unit=" + f.code("C1") + "&period=202503", admin, null)
                        .body());
        assertThat(list.get("total").asLong()).isEqualTo(march);
    }

    @Test
    void aDashboardFigureOfRecordsOpensTheRecordsBehindIt() throws InterruptedException {
        String header = "code,title,type,unit,subjectName,dateFrom,dateTo,retention,sharing\n";
        String rows =
                "%1$sD1,Hồ sơ trợ cấp D1,BTXH,%2$s,Đỗ Văn D,2025-07-04,,20 năm,RESTRICTED\n".formatted(p, f.code("C2"))
                        + "%1$sD2,Hồ sơ trợ cấp D2,BTXH,%2$s,Đỗ Thị E,2025-07-21,,20 năm,RESTRICTED\n"
                                .formatted(p, f.code("C2"));
        HttpResponse<String> imported = api.multipart(
                "/api/records/import",
                admin,
                Map.of(),
                List.of(new RecordsTestSupport.Part(
                        "file", "hoso.csv", (header + rows).getBytes(StandardCharsets.UTF_8))));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        AnalyticsGrid grid = awaitFigure(
                AnalyticsRequest.of("dx:HS-SOHOA-BTXH", "pe:202507").withFilters("ou:" + f.code("C2")), "202507");
        assertThat(grid.value("HS-SOHOA-BTXH", "202507")).hasValue(2);
        HttpResponse<String> dashboard = http.json("POST", "/api/dashboards", admin, """
                {"title":"Hồ sơ bảo trợ xã hội","widgets":[{"type":"SINGLE","width":4,"title":"Đối tượng BTXH",
                 "dx":["HS-SOHOA-BTXH"],"pe":"202507","ou":"%s"}]}""".formatted(f.code("C2")));
        assertThat(dashboard.statusCode()).as(dashboard.body()).isEqualTo(201);
        String code = json.readTree(dashboard.body()).get("code").asString();

        try (Browser browser = Browser.open(port)) {
            browser.login("hs.admin", TestUsers.PASSWORD);
            browser.go("/dashboards/" + code);
            WebElement link = browser.waitUntil(d -> d
                    .findElements(By.cssSelector(
                            ".widget-single[data-dx='HS-SOHOA-BTXH'] .widget-meta a.widget-records-link"))
                    .stream()
                    .findFirst()
                    .orElse(null));
            assertThat(link.getText()).isEqualTo("Xem hồ sơ gốc");
            assertThat(link.getAttribute("href"))
                    .endsWith("/records?type=BTXH&unit=" + URLEncoder.encode(f.code("C2"), StandardCharsets.UTF_8)
                            + "&period=202507");
            assertThat(browser.text(".widget-single[data-dx='HS-SOHOA-BTXH'] .widget-value"))
                    .isEqualTo("2");
            browser.screenshot("records-dashboard-figure");
            link.click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("/records?"));
            List<String> listed = browser.driver().findElements(By.cssSelector("[data-code]")).stream()
                    .map(e -> e.getAttribute("data-code"))
                    .toList();
            assertThat(listed).containsExactlyInAnyOrder(p + "D1", p + "D2");
        }
    }

    @Test
    void aRecordLeftRunningByAStoppedInstanceIsTakenUpAgain() throws InterruptedException {
        String code = p + "RESUME";
        byte[] pdf = ScanImages.textPdf("Sổ theo dõi người có công với cách mạng thôn Bắc năm 2024, quyển một.");
        assertThat(api.multipart(
                                "/api/records",
                                admin,
                                fields(code, "Sổ theo dõi", "SODANGKY", f.code("C1"), "INTERNAL"),
                                List.of(new RecordsTestSupport.Part("files", "so.pdf", pdf)))
                        .statusCode())
                .isEqualTo(201);
        assertThat(api.awaitSettled(http, admin, code, 60).get("ocrStatus").asString())
                .isEqualTo("DONE");
        // as if the instance reading it had stopped an hour ago, before its page was stored
        long id = jdbc.sql("SELECT id FROM archive_record WHERE code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
        jdbc.sql("DELETE FROM archive_page WHERE record_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("""
                        UPDATE archive_record SET ocr_status = 'RUNNING', ocr_done = 0,
                               ocr_claimed_at = now() - interval '1 hour' WHERE id = :id""").param("id", id).update();
        JsonNode again = api.awaitSettled(http, admin, code, 60);
        assertThat(again.get("ocrStatus").asString()).isEqualTo("DONE");
        assertThat(again.get("ocrDone").asInt()).isEqualTo(1);
        assertThat(again.get("pages").get(0).get("text").asString()).contains("người có công");
    }

    @Test
    void anExcelWorkbookIsImportedAndTheFormShowsMistakesBesideTheirFields() throws Exception {
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = book.createSheet("Hồ sơ");
            String[][] rows = {
                {"code", "title", "type", "unit", "dateFrom", "retention", "sharing"},
                {p + "X1", "Sổ hộ tịch thôn Nam", "SODANGKY", f.code("C1"), "01/02/2024", "vĩnh viễn", "INTERNAL"},
                {p + "X2", "Sổ hộ tịch thôn Bắc", "SODANGKY", f.code("C1"), "2024-03-01", "10 năm", "PUBLIC"}
            };
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(xlsx);
        }
        long before = count();
        HttpResponse<String> imported = api.multipart(
                "/api/records/import",
                xa1,
                Map.of(),
                List.of(new RecordsTestSupport.Part("file", "hoso.xlsx", xlsx.toByteArray())));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(count()).isEqualTo(before + 2);
        HttpResponse<String> form = http.form(
                "/records",
                xa1,
                Map.of(
                        "code",
                        p + "F1",
                        "type",
                        "KHAC",
                        "unit",
                        f.code("C1"),
                        "dateFrom",
                        "2025-01-01",
                        "retention",
                        "mãi"));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body())
                .contains("id=\"title-error\"", "Nhập tiêu đề hồ sơ", "id=\"retention-error\"", "is-invalid");
        assertThat(count()).isEqualTo(before + 2);
    }

    private AnalyticsGrid awaitFigure(AnalyticsRequest query, String period) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            analytics.awaitCurrent();
            try {
                AnalyticsGrid grid = analytics.query(query);
                if (grid.value("HS-SOHOA-BTXH", period).isPresent()) {
                    return grid;
                }
            } catch (InvalidInputException notYet) {
                // the item is not in the catalog yet
            }
            Thread.sleep(100);
        }
        return analytics.query(query);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM archive_record").query(Long.class).single();
    }

    private String search(String q) {
        return "/api/records?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&unit=" + f.code("D");
    }
}
