package vn.toancanh.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.analytics.AnalyticsFixture;
import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;

/**
 * One-stop-shop dossiers on a small fixed set, hand-checked: imported twice (nothing doubles, a new status joins the
 * history), the month's figures as analytics items and rates (early, on time, late by the result day; in progress
 * and overdue at the month's end), a CSV with Vietnamese dates, every rejected row named and nothing written, the
 * writer's unit scope, masked applicants in lists, and the citizens' lookup without personal data, rate-limited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "toancanh.public.rate-limits.dossier-lookup=6")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierIntegrationTests {

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

    @Autowired
    CatalogService catalog;

    AnalyticsFixture f;
    TestHttp http;
    String admin;
    String p;

    @BeforeAll
    void setUp() {
        f = new AnalyticsFixture(jdbc, values, analytics);
        p = f.code("");
        http = new TestHttp(port);
        TestUsers.ensure(users, jdbc, "ds.admin", Role.ADMIN, null);
        TestUsers.ensure(users, jdbc, "ds.lead", Role.LEADER, null);
        TestUsers.ensure(users, jdbc, "ds.xa1", Role.COMMUNE_OFFICER, f.code("C1"));
        TestUsers.ensure(users, jdbc, "ds.xa2", Role.COMMUNE_OFFICER, f.code("C2"));
        admin = TestHttp.basic("ds.admin", TestUsers.PASSWORD);
        HttpResponse<String> first = http.json("POST", "/api/operations/dossiers", admin, march("PROCESSING"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode result = json.readTree(first.body());
        assertThat(result.get("created").asInt()).isEqualTo(6);
        assertThat(result.get("statusChanges").asInt()).isEqualTo(6);
    }

    /** Six dossiers about March 2026 in commune 1 (one in commune 2); {@code d4} as given. */
    private String march(String d4) {
        String c1 = f.code("C1");
        String c2 = f.code("C2");
        return """
                [
                 {"code":"%1$sD1","procedureName":"Đăng ký khai sinh","sector":"Hộ tịch","unit":"%2$s",
                  "channel":"ONLINE_FULL","status":"RESOLVED","receivedAt":"2026-03-02T08:00:00+07:00",
                  "dueAt":"2026-03-05T17:00:00+07:00","completedAt":"2026-03-04T10:00:00+07:00","feePaidOnline":true,
                  "applicantName":"Nguyễn Văn An"},
                 {"code":"%1$sD2","procedureName":"Đăng ký kết hôn","sector":"Hộ tịch","unit":"%2$s",
                  "channel":"ONLINE_PARTIAL","status":"RETURNED","receivedAt":"2026-03-03T09:00:00+07:00",
                  "dueAt":"2026-03-06T17:00:00+07:00","completedAt":"2026-03-06T09:00:00+07:00",
                  "returnedAt":"2026-03-07T09:00:00+07:00"},
                 {"code":"%1$sD3","procedureName":"Chứng thực bản sao","sector":"Chứng thực","unit":"%2$s",
                  "channel":"DIRECT","status":"RESOLVED","receivedAt":"2026-03-10T08:00:00+07:00",
                  "dueAt":"2026-03-12T17:00:00+07:00","completedAt":"2026-03-20T15:00:00+07:00"},
                 {"code":"%1$sD4","procedureName":"Cấp giấy phép xây dựng","sector":"Xây dựng","unit":"%2$s",
                  "channel":"DIRECT","status":"%4$s","receivedAt":"2026-03-25T08:00:00+07:00",
                  "dueAt":"2026-04-02T17:00:00+07:00","applicantKind":"BUSINESS","applicantName":"Công ty Hòa Bình"},
                 {"code":"%1$sD5","procedureName":"Chứng thực chữ ký","sector":"Chứng thực","unit":"%2$s",
                  "channel":"DIRECT","status":"RESOLVED","receivedAt":"2026-02-25T08:00:00+07:00",
                  "dueAt":"2026-03-01T17:00:00+07:00","completedAt":"2026-03-02T08:00:00+07:00"},
                 {"code":"%1$sD6","procedureName":"Đăng ký khai tử","sector":"Hộ tịch","unit":"%3$s",
                  "channel":"DIRECT","status":"WITHDRAWN","receivedAt":"2026-03-15T08:00:00+07:00",
                  "dueAt":"2026-03-18T17:00:00+07:00"}
                ]""".formatted(p, c1, c2, d4);
    }

    @Test
    void importingAgainChangesNothingAndANewStatusJoinsTheHistory() {
        JsonNode again = json.readTree(http.json("POST", "/api/operations/dossiers", admin, march("PROCESSING"))
                .body());
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(6);
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE code LIKE :p")
                        .param("p", p + "D%")
                        .query(Long.class)
                        .single())
                .isEqualTo(6);

        JsonNode moved =
                json.readTree(http.json("POST", "/api/operations/dossiers", admin, march("SUPPLEMENT_REQUESTED"))
                        .body());
        assertThat(moved.get("updated").asInt()).isEqualTo(1);
        assertThat(moved.get("statusChanges").asInt()).isEqualTo(1);
        JsonNode d4 = json.readTree(http.json("GET", "/api/operations/dossiers/" + p + "D4", admin, null)
                .body());
        assertThat(d4.get("history").findValuesAsString("status"))
                .containsExactly("PROCESSING", "SUPPLEMENT_REQUESTED");
        assertThat(d4.get("applicantName").asString()).isEqualTo("Công ty Hòa Bình");
        // back as it was, for the other tests
        http.json("POST", "/api/operations/dossiers", admin, march("PROCESSING"));
    }

    @Test
    void theMonthsFiguresAreHandCheckedAnalyticsItemsAndRates() throws InterruptedException {
        String c1 = f.code("C1");
        String items = "HC-TTHC-MC-TN;HC-TTHC-MC-TT;HC-TTHC-MC-TTTT;HC-TTHC-MC-TTTTR;HC-TTHC-MC-TH;HC-TTHC-MC-DH;"
                + "HC-TTHC-MC-QH;HC-TTHC-MC-DXL;HC-TTHC-MC-QHCL;IND-MC-TRUCTUYEN;IND-MC-DUNGHAN";
        AnalyticsRequest query =
                AnalyticsRequest.of("dx:" + items, "pe:202603;202604").withFilters("ou:" + c1);
        AnalyticsGrid grid = FigureWait.until(analytics, query, "HC-TTHC-MC-QHCL", "202604");
        // March: D1–D4 received (D5 in February); D1, D2 online, D1 fully and paid online
        assertThat(grid.value("HC-TTHC-MC-TN", "202603")).hasValue(4);
        assertThat(grid.value("HC-TTHC-MC-TT", "202603")).hasValue(2);
        assertThat(grid.value("HC-TTHC-MC-TTTT", "202603")).hasValue(1);
        assertThat(grid.value("HC-TTHC-MC-TTTTR", "202603")).hasValue(1);
        // resolved in March: D1 early, D2 on its due day, D3 and D5 after it
        assertThat(grid.value("HC-TTHC-MC-TH", "202603")).hasValue(1);
        assertThat(grid.value("HC-TTHC-MC-DH", "202603")).hasValue(1);
        assertThat(grid.value("HC-TTHC-MC-QH", "202603")).hasValue(2);
        // D4 open at the end of March (due 2 April), and at the end of April, overdue by then
        assertThat(grid.value("HC-TTHC-MC-DXL", "202603")).hasValue(1);
        assertThat(grid.value("HC-TTHC-MC-QHCL", "202603")).hasValue(0);
        assertThat(grid.value("HC-TTHC-MC-DXL", "202604")).hasValue(1);
        assertThat(grid.value("HC-TTHC-MC-QHCL", "202604")).hasValue(1);
        // rates: 2 of 4 online; 2 of 4 resolved early or on time
        assertThat(grid.value("IND-MC-TRUCTUYEN", "202603")).hasValue(50);
        assertThat(grid.value("IND-MC-DUNGHAN", "202603")).hasValue(50);
        // the district adds its communes up: the withdrawn dossier of commune 2 was received too
        AnalyticsGrid district = analytics.query(
                AnalyticsRequest.of("dx:HC-TTHC-MC-TN", "pe:202603").withFilters("ou:" + f.code("D")));
        assertThat(district.value("HC-TTHC-MC-TN", "202603")).hasValue(5);

        // the page: the month's figures by sector, each linked to its dossiers
        HttpResponse<String> page = http.page(
                "/operations/dossiers?month=202603&unit=" + c1, TestHttp.basic("ds.lead", TestUsers.PASSWORD));
        assertThat(page.statusCode()).isEqualTo(200);
        String row = page.body().substring(page.body().indexOf("data-sector=\"Chứng thực\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(">1<", ">2<", "timeliness=LATE", "by=completed");
        assertThat(page.body()).contains("Nguyễn V** A*").doesNotContain("Nguyễn Văn An");
        String total = page.body().substring(page.body().indexOf("id=\"figures-total\""));
        total = total.substring(0, total.indexOf("</tr>"));
        // the month's totals: 4 received, 2 online, 1 early, 1 on time, 2 late, 1 in progress; 50,0 % both
        assertThat(total).contains(">4<", ">2<", ">1<", "50,0 %");

        // in English, the statuses and the month too
        String english = http.page(
                        "/operations/dossiers?month=202603&lang=en&unit=" + c1,
                        TestHttp.basic("ds.lead", TestUsers.PASSWORD))
                .body();
        assertThat(english).contains(">Late</span>", "Month 03/2026").doesNotContain(">Trễ hạn</span>");

        // a dashboard's "records behind the figure": each linked item's list holds exactly the dossiers it counts
        Map<String, Long> counted =
                Map.of("HC-TTHC-MC-TN", 4L, "HC-TTHC-MC-TH", 1L, "HC-TTHC-MC-DH", 1L, "HC-TTHC-MC-QH", 2L);
        counted.forEach((item, n) -> {
            String link = catalog.getItemByCode(item).sourceLink();
            assertThat(link).as(item).isNotNull();
            String listed = http.page(
                            link.replace("{unit}", c1).replace("{period}", "202603"),
                            TestHttp.basic("ds.lead", TestUsers.PASSWORD))
                    .body();
            assertThat(listed.split("data-code=\"" + p, -1).length - 1)
                    .as(item + " " + link)
                    .isEqualTo(n.intValue());
        });
        assertThat(catalog.getItemByCode("HC-TTHC-MC-TT").sourceLink())
                .as("no list matches online dossiers exactly")
                .isNull();
    }

    @Test
    void aFiguresDossiersAreListedMaskedAndOnlyWithinTheReadersUnit() {
        String lead = TestHttp.basic("ds.lead", TestUsers.PASSWORD);
        JsonNode late = json.readTree(http.json(
                        "GET",
                        "/api/operations/dossiers?unit=" + f.code("C1")
                                + "&timeliness=LATE&completedFrom=2026-03-01&completedTo=2026-03-31&sort=code",
                        lead,
                        null)
                .body());
        assertThat(late.get("items").findValuesAsString("code")).containsExactly(p + "D3", p + "D5");
        JsonNode all = json.readTree(http.json("GET", "/api/operations/dossiers?q=" + p + "D", lead, null)
                .body());
        assertThat(all.get("total").asInt()).isEqualTo(6);
        assertThat(all.toString()).contains("Nguyễn V** A*", "Công t* H** B***").doesNotContain("Nguyễn Văn An");
        // a commune officer sees the commune's dossiers only, and not another commune's dossier
        String xa2 = TestHttp.basic("ds.xa2", TestUsers.PASSWORD);
        JsonNode mine = json.readTree(http.json("GET", "/api/operations/dossiers?q=" + p + "D", xa2, null)
                .body());
        assertThat(mine.get("items").findValuesAsString("code")).containsExactly(p + "D6");
        assertThat(http.json("GET", "/api/operations/dossiers/" + p + "D1", xa2, null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void everyRejectedRowIsNamedAndNothingIsWritten() {
        String bad = """
                [{"code":"%1$sX1","procedureName":"","sector":"Hộ tịch","unit":"KHONG-CO","channel":"FAX",
                  "status":"RESOLVED","receivedAt":"2026-03-02T08:00:00+07:00","dueAt":"2026-03-01T08:00:00+07:00"},
                 {"code":"%1$sX2","procedureName":"Khai sinh","sector":"Hộ tịch","unit":"%2$s","channel":"DIRECT",
                  "status":"PROCESSING","receivedAt":"2026-03-02T08:00:00+07:00","dueAt":"2026-03-04T08:00:00+07:00"},
                 {"code":"%1$sX2","procedureName":"Khai sinh","sector":"Hộ tịch","unit":"%2$s","channel":"DIRECT",
                  "status":"PROCESSING","receivedAt":"2026-03-02T08:00:00+07:00","dueAt":"2026-03-04T08:00:00+07:00"}]""".formatted(p, f.code("C1"));
        HttpResponse<String> response = http.json("POST", "/api/operations/dossiers", admin, bad);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        json.readTree(response.body())
                .get("errors")
                .forEach(e ->
                        errors.put(e.get("field").asString(), e.get("reason").asString()));
        assertThat(errors)
                .containsKeys(
                        "rows[1].procedureName",
                        "rows[1].unit",
                        "rows[1].channel",
                        "rows[1].dueAt",
                        "rows[1].completedAt",
                        "rows[3].code");
        assertThat(errors.get("rows[1].unit")).contains("KHONG-CO");
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE code LIKE :p")
                        .param("p", p + "X%")
                        .query(Long.class)
                        .single())
                .isZero();

        // an officer imports for the commune only; a leader does not import at all
        String other = """
                [{"code":"%sX9","procedureName":"Khai sinh","sector":"Hộ tịch","unit":"%s","channel":"DIRECT",
                  "status":"PROCESSING","receivedAt":"2026-03-02T08:00:00+07:00","dueAt":"2026-03-04T08:00:00+07:00"}]""".formatted(p, f.code("C2"));
        HttpResponse<String> scoped =
                http.json("POST", "/api/operations/dossiers", TestHttp.basic("ds.xa1", TestUsers.PASSWORD), other);
        assertThat(scoped.statusCode()).isEqualTo(400);
        assertThat(scoped.body()).contains("rows[1].unit", "không được nhập hồ sơ");
        assertThat(http.json("POST", "/api/operations/dossiers", TestHttp.basic("ds.lead", TestUsers.PASSWORD), other)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aCsvFileWithVietnameseDatesImportsTheSameWay() {
        String csv = "\uFEFFcode,procedureName,sector,unit,channel,status,receivedAt,dueAt,completedAt,applicantName\n"
                + p + "C1,\"Cấp đổi giấy chứng nhận, lần đầu\",Đất đai," + f.code("C1")
                + ",online_partial,RESOLVED,01/04/2026 08:00,10/04/2026,09/04/2026 16:30,Trần Thị Bình\n"
                + p + "C2,Cấp phép,Xây dựng," + f.code("C1") + ",DIRECT,PROCESSING,32/04/2026,2026-04-20 17:00,,\n";
        HttpResponse<String> wrong =
                http.send("POST", "/api/operations/dossiers", admin, "application/json", "text/csv", csv);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("rows[2].receivedAt", "32/04/2026").doesNotContain("Cần ngày giờ tiếp nhận");

        HttpResponse<String> ok = http.send(
                "POST",
                "/api/operations/dossiers",
                admin,
                "application/json",
                "text/csv",
                csv.replace("32/04/2026", "02/04/2026 07:30"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json.readTree(ok.body()).get("created").asInt()).isEqualTo(2);
        JsonNode d = json.readTree(http.json("GET", "/api/operations/dossiers/" + p + "C1", admin, null)
                .body());
        assertThat(d.get("procedureName").asString()).isEqualTo("Cấp đổi giấy chứng nhận, lần đầu");
        assertThat(d.get("receivedAt").asString()).isEqualTo("2026-04-01T01:00:00Z");
        assertThat(d.get("timeliness").asString()).isEqualTo("EARLY");
        assertThat(d.get("channel").asString()).isEqualTo("ONLINE_PARTIAL");
    }

    @Test
    void anExcelWorkbookImportsTheSameWayWithItsDateCellsReadAsDates() throws Exception {
        byte[] workbook;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = book.createSheet("Hồ sơ");
            String[] header = {
                "code", "procedureName", "sector", "unit", "channel", "status", "receivedAt", "dueAt", "feePaidOnline"
            };
            var head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(p + "E1");
            row.createCell(1).setCellValue("Đăng ký khai sinh");
            row.createCell(2).setCellValue("Hộ tịch");
            row.createCell(3).setCellValue(f.code("C1"));
            row.createCell(4).setCellValue("ONLINE_FULL");
            row.createCell(5).setCellValue("PROCESSING");
            var date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            var received = row.createCell(6);
            received.setCellValue(java.time.LocalDateTime.of(2026, 5, 4, 8, 0));
            received.setCellStyle(date);
            row.createCell(7).setCellValue("06/05/2026 17:00");
            row.createCell(8).setCellValue(true);
            var out = new java.io.ByteArrayOutputStream();
            book.write(out);
            workbook = out.toByteArray();
        }
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/operations/dossiers"))
                .header("Authorization", admin)
                .header("Accept", "application/json")
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(workbook))
                .build();
        HttpResponse<String> response =
                java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("created").asInt()).isEqualTo(1);
        JsonNode d = json.readTree(http.json("GET", "/api/operations/dossiers/" + p + "E1", admin, null)
                .body());
        assertThat(d.get("receivedAt").asString()).isEqualTo("2026-05-04T01:00:00Z");
        assertThat(d.get("dueAt").asString()).isEqualTo("2026-05-06T10:00:00Z");
        assertThat(d.get("feePaidOnline").asBoolean()).isTrue();
    }

    @Test
    void citizensLookUpADossierByItsCodeWithoutPersonalDataAndNotTooOften() {
        HttpResponse<String> found = http.page("/portal/dossiers?code=" + p + "D1", null);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body())
                .contains("Đăng ký khai sinh", "Hộ tịch", "Xã Một", "Đã có kết quả · Trước hạn", "05/03/2026 17:00")
                .doesNotContain("Nguyễn");
        // the portal's header and footer name the district ("Huyện An Dương"): the applicant's name is looked for in
        // the result
        String body = found.body();
        String result = body.substring(body.indexOf("id=\"lookup-result\""), body.indexOf("</main>"));
        assertThat(result).doesNotContain("An ");
        HttpResponse<String> missing = http.page("/portal/dossiers?code=KHONG-CO-HO-SO", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy hồ sơ mã KHONG-CO-HO-SO");
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            codes.add(http.page("/portal/dossiers?code=" + p + "D2", null).statusCode());
        }
        assertThat(codes).contains(429);
        HttpResponse<String> limited = http.page("/portal/dossiers?code=" + p + "D2", null);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(new String(limited.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .contains("quá nhiều lần");
    }
}
