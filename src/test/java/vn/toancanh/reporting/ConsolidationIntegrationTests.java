package vn.toancanh.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;

/**
 * District consolidation: two communes send their February 2023 report and get it approved; the district's
 * consolidation adds their figures up, names the fourteen communes still missing, comes out as Excel (read back with
 * POI) and PDF (read back with PDFBox), and once a leader sends it on the province pulls the frozen figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolidationIntegrationTests {

    static final String FORM = ReportingApiIntegrationTests.FORM;
    static final String PERIOD = "202302";
    static final String PAGE = "/reporting/" + FORM + "/consolidated/312/" + PERIOD;

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ReportingService reporting;

    TestHttp http;
    List<ReportFormView.FormUnit> sending;

    @BeforeAll
    void twoCommunesSendAndGetApproved() {
        http = new TestHttp(port);
        TestUsers.ensure(users, jdbc, "cs.tckh", Role.DEPARTMENT_OFFICER, "312-TCKH");
        TestUsers.ensure(users, jdbc, "cs.lead", Role.LEADER, null);
        List<ReportFormView.FormUnit> units = reporting.form(FORM).units();
        sending = List.of(units.get(10), units.get(11));
        int[][] figures = {{100, 40}, {200, 60}};
        for (int i = 0; i < 2; i++) {
            ReportFormView.FormUnit unit = sending.get(i);
            String officer = "cs.xa" + i;
            TestUsers.ensure(users, jdbc, officer, Role.COMMUNE_OFFICER, unit.code());
            HttpResponse<String> written = call("POST", "/api/dataValueSets", officer, """
                    {"dataValues":[{"dataElement":"HC-VB-02-002","period":"%s","orgUnit":"%s","value":"%d"},
                                   {"dataElement":"HC-VB-02-003","period":"%s","orgUnit":"%s","value":"%d"}]}""".formatted(
                            PERIOD, unit.code(), figures[i][0], PERIOD, unit.code(), figures[i][1]));
            assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
            String report = "/api/reports/" + FORM + "/" + unit.code() + "/" + PERIOD;
            assertThat(call("POST", report + "/submit", officer, "{\"comment\":\"Gửi muộn\"}")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(call("POST", report + "/approve", "cs.tckh", "{}").statusCode())
                    .isEqualTo(200);
            HttpResponse<String> approved = call("POST", report + "/approve", "cs.lead", "{}");
            assertThat(json.readTree(approved.body()).get("status").asString()).isEqualTo("APPROVED");
        }
    }

    @Test
    void theDistrictAddsUpItsCommunesApprovedReportsAndNamesTheMissing() throws Exception {
        HttpResponse<String> page = http.page(PAGE, TestHttp.basic("cs.lead", TestUsers.PASSWORD));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("2/16 đơn vị có báo cáo đã duyệt", "Chưa có báo cáo được duyệt:")
                .contains(sending.get(0).name(), sending.get(1).name());
        String row = page.body().substring(page.body().indexOf("data-item=\"HC-VB-02-002\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(">300<", ">100<", ">200<");

        HttpResponse<byte[]> excel = http.bytes(PAGE + "/excel", TestHttp.basic("cs.lead", TestUsers.PASSWORD));
        assertThat(excel.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            Sheet sheet = book.getSheet("Báo cáo");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ỦY BAN NHÂN DÂN");
            Row heading = null;
            Row sentLetters = null;
            for (Row r : sheet) {
                Cell first = r.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING) {
                    if (first.getStringCellValue().equals("Chỉ tiêu") && heading == null) {
                        heading = r;
                    }
                    if (first.getStringCellValue().startsWith("9. Số văn bản đi")) {
                        sentLetters = r;
                    }
                }
            }
            assertThat(heading).isNotNull();
            assertThat(sentLetters).isNotNull();
            int total = heading.getLastCellNum() - 1;
            assertThat(heading.getCell(total).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(heading.getCell(2).getStringCellValue())
                    .isEqualTo(sending.get(0).name());
            assertThat(sentLetters.getCell(total).getNumericCellValue()).isEqualTo(300.0);
            assertThat(sentLetters.getCell(2).getNumericCellValue()).isEqualTo(100.0);
        }

        HttpResponse<byte[]> pdf = http.bytes(PAGE + "/pdf", TestHttp.basic("cs.lead", TestUsers.PASSWORD));
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HUYỆN AN DƯƠNG", "Tổng cộng")
                    .contains("Số liệu tổng hợp từ 2/16 đơn vị có báo cáo đã duyệt")
                    .contains("Tháng 02/2023");
        }
    }

    @Test
    void aLeaderSendsItOnAndTheProvincePullsTheFrozenFigures() {
        String auth = TestHttp.basic("cs.lead", TestUsers.PASSWORD);
        assertThat(http.json("GET", "/api/province/consolidations/" + FORM + "/312/" + PERIOD, auth, null)
                        .statusCode())
                .isEqualTo(404);
        // officers do not send the district's report
        assertThat(http.form(PAGE + "/submit", TestHttp.basic("cs.tckh", TestUsers.PASSWORD), Map.of())
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> sent = http.form(PAGE + "/submit", auth, Map.of());
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(http.page(PAGE, auth).body()).contains("Đã gửi tỉnh lúc", "cs.lead", "Gửi lại tỉnh");

        HttpResponse<String> pulled =
                http.json("GET", "/api/province/consolidations/" + FORM + "/312/" + PERIOD, auth, null);
        assertThat(pulled.statusCode()).as(pulled.body()).isEqualTo(200);
        JsonNode doc = json.readTree(pulled.body());
        assertThat(doc.get("submittedBy").asString()).isEqualTo("cs.lead");
        assertThat(doc.get("units").size()).isEqualTo(16);
        JsonNode line = null;
        for (JsonNode l : doc.get("lines")) {
            if (l.get("itemCode").asString().equals("HC-VB-02-003")) {
                line = l;
            }
        }
        assertThat(line).isNotNull();
        assertThat(line.get("total").asDouble()).isEqualTo(100.0);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_log WHERE entity_type = 'report_consolidation' AND entity_key = :k")
                        .param("k", FORM + "/312/" + PERIOD)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theDistrictsOwnFormIsMadeFromTheCommunesFormThroughAMapping() {
        String district = "BC-KTXH-HUYEN-THANG";
        TestUsers.ensure(users, jdbc, "cs.admin", Role.ADMIN, null);
        String mapping = "/api/reportForms/" + district + "/mapping";
        // the demo maps every item to the communes' item of the same code
        assertThat(json.readTree(call("GET", mapping, "cs.lead", null).body())
                        .get("sourceFormCode")
                        .asString())
                .isEqualTo(FORM);

        // mistakes: an item neither form has, a source item the communes' form lacks, another period type
        HttpResponse<String> wrong = call("PUT", mapping, "cs.admin", """
                {"sourceForm":"%s","lines":[{"target":"KHONG-CO","sources":["HC-VB-02-002"]},
                                            {"target":"HC-VB-02-003","sources":["KHONG-CO-NGUON"]}]}""".formatted(FORM));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("lines[0]", "KHONG-CO", "lines[1]", "KHONG-CO-NGUON");
        assertThat(call("PUT", mapping, "cs.admin", "{\"sourceForm\":\"BC-GIAODUC-NAM\",\"lines\":[]}")
                        .body())
                .contains("sourceForm", "cùng kỳ báo cáo");
        assertThat(call("PUT", mapping, "cs.lead", "{}").statusCode()).isEqualTo(403);

        // the district's digitally signed letters: the communes' letters sent and signed, added up
        HttpResponse<String> saved = call("PUT", mapping, "cs.admin", """
                {"sourceForm":"%s","lines":[{"target":"HC-VB-02-003","sources":["HC-VB-02-002","HC-VB-02-003"]}]}""".formatted(FORM));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        try {
            HttpResponse<String> page = http.page(
                    "/reporting/" + district + "/consolidated/312/" + PERIOD,
                    TestHttp.basic("cs.lead", TestUsers.PASSWORD));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("id=\"consolidation-source\"", FORM, "2/16 đơn vị có báo cáo đã duyệt")
                    .contains(sending.get(0).name(), sending.get(1).name());
            // same code: 100 + 200; mapped: (100 + 40) + (200 + 60)
            assertThat(row(page.body(), "HC-VB-02-002")).contains(">300<", ">100<", ">200<");
            assertThat(row(page.body(), "HC-VB-02-003")).contains(">400<", ">140<", ">260<");
            assertThat(page.body()).doesNotContain("data-item=\"HC-VB-01-001\"");
            // the district form's matrix links to it
            assertThat(http.page("/reporting/" + district, TestHttp.basic("cs.lead", TestUsers.PASSWORD))
                            .body())
                    .contains("/reporting/" + district + "/consolidated/312/");

            // the admin page shows the line as written and reports a line without '=' beside the box
            String admin = TestHttp.basic("cs.admin", TestUsers.PASSWORD);
            assertThat(http.page("/reporting/admin/forms/" + district + "/mapping", admin)
                            .body())
                    .contains("HC-VB-02-003 = HC-VB-02-002 + HC-VB-02-003");
            HttpResponse<String> form = http.form(
                    "/reporting/admin/forms/" + district + "/mapping",
                    admin,
                    java.util.Map.of("sourceForm", FORM, "lines", "HC-VB-02-003 HC-VB-02-002"));
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.body()).contains("id=\"lines-error\"", "Dòng 1 thiếu dấu");
        } finally {
            assertThat(call("PUT", mapping, "cs.admin", "{\"sourceForm\":\"%s\",\"lines\":[]}".formatted(FORM))
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    private static String row(String page, String item) {
        String row = page.substring(page.indexOf("data-item=\"" + item + "\""));
        return row.substring(0, row.indexOf("</tr>"));
    }

    private HttpResponse<String> call(String method, String path, String user, String body) {
        return http.json(method, path, TestHttp.basic(user, TestUsers.PASSWORD), body);
    }
}
