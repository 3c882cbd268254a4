package vn.toancanh.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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
import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.operations.internal.SimplePdf;

/**
 * The documents registry on a small fixed set: imported twice (nothing doubles, a new status is added to the
 * history), full-text search without diacritics over summaries and an attached PDF, who reads and who imports, the
 * mistakes named per row, and March's hand-checked figures as analytics items with the signed share and on-time
 * rate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentIntegrationTests {

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
    String pdf;

    @BeforeAll
    void setUp() {
        f = new AnalyticsFixture(jdbc, values, analytics);
        p = f.code("");
        http = new TestHttp(port);
        TestUsers.ensure(users, jdbc, "vb.admin", Role.ADMIN, null);
        TestUsers.ensure(users, jdbc, "vb.dep", Role.DEPARTMENT_OFFICER, f.code("DEP"));
        TestUsers.ensure(users, jdbc, "vb.xa1", Role.COMMUNE_OFFICER, f.code("C1"));
        admin = TestHttp.basic("vb.admin", TestUsers.PASSWORD);
        HttpResponse<String> first = http.json("POST", "/api/operations/documents", admin, documents("Trình ký"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json.readTree(first.body()).get("created").asInt()).isEqualTo(6);
    }

    private String documents(String d6Summary) {
        // made once: a PDF made again differs in its id, and the same attachment sent again must change nothing
        if (pdf == null) {
            pdf = Base64.getEncoder()
                    .encodeToString(SimplePdf.of("Kế hoạch ứng phó với mưa lũ và sạt lở đất tại các xã ven sông Hồng,"
                            + " sơ tán dân khi mực nước vượt báo động III."));
        }
        return """
                [{"code":"%1$sD1","direction":"INCOMING","number":"125/UBND-VP","issuedOn":"2026-03-02",
                  "receivedOn":"2026-03-03","counterpart":"UBND thành phố","type":"Công văn",
                  "summary":"Về việc phòng, chống lụt bão năm 2026","unit":"%2$s","deadline":"2026-03-10",
                  "status":"DONE","completedOn":"2026-03-09","attachmentName":"125-UBND-VP.pdf",
                  "attachmentBase64":"%3$s"},
                 {"code":"%1$sD2","direction":"INCOMING","number":"40/STC-NS","issuedOn":"2026-03-05",
                  "counterpart":"Sở Tài chính","type":"Công văn","summary":"Về dự toán ngân sách bổ sung",
                  "unit":"%2$s","deadline":"2026-03-12","status":"DONE","completedOn":"2026-03-20"},
                 {"code":"%1$sD3","direction":"INCOMING","number":"77/SNN-TL","issuedOn":"2026-03-20",
                  "counterpart":"Sở Nông nghiệp và Môi trường","type":"Kế hoạch","summary":"Nạo vét kênh mương",
                  "unit":"%2$s","deadline":"2026-03-25","status":"PROCESSING"},
                 {"code":"%1$sD4","direction":"OUTGOING","number":"30/BC-TCKH","issuedOn":"2026-03-15",
                  "counterpart":"UBND huyện","type":"Báo cáo","summary":"Báo cáo giải ngân quý I","unit":"%2$s",
                  "status":"DONE","completedOn":"2026-03-15","digitallySigned":true},
                 {"code":"%1$sD5","direction":"OUTGOING","number":"31/TB-TCKH","issuedOn":"2026-03-18",
                  "counterpart":"Các xã","type":"Thông báo","summary":"Thông báo lịch tiếp dân","unit":"%2$s",
                  "status":"DONE","completedOn":"2026-03-18","digitallySigned":false},
                 {"code":"%1$sD6","direction":"INCOMING","number":"12/GM","issuedOn":"2026-04-01",
                  "counterpart":"Huyện ủy","type":"Giấy mời","summary":"%4$s","unit":"%2$s","status":"PENDING"}]""".formatted(p, f.code("DEP"), pdf, d6Summary);
    }

    @Test
    void importingAgainChangesNothingAndANewStatusIsKeptInTheHistory() {
        JsonNode again = json.readTree(http.json("POST", "/api/operations/documents", admin, documents("Trình ký"))
                .body());
        assertThat(again.get("unchanged").asInt()).isEqualTo(6);
        String changed = documents("Mời dự họp").replace("\"status\":\"PENDING\"", "\"status\":\"PROCESSING\"");
        JsonNode moved = json.readTree(
                http.json("POST", "/api/operations/documents", admin, changed).body());
        assertThat(moved.get("updated").asInt()).isEqualTo(1);
        assertThat(moved.get("statusChanges").asInt()).isEqualTo(1);
        JsonNode d6 = json.readTree(http.json("GET", "/api/operations/documents/" + p + "D6", admin, null)
                .body());
        assertThat(d6.get("summary").asString()).isEqualTo("Mời dự họp");
        assertThat(d6.get("history").findValuesAsString("status")).containsExactly("PENDING", "PROCESSING");
        // the attachment sent the first time is kept when a later import sends none
        JsonNode d1 = json.readTree(http.json("GET", "/api/operations/documents/" + p + "D1", admin, null)
                .body());
        assertThat(d1.get("attachmentName").asString()).isEqualTo("125-UBND-VP.pdf");
        HttpResponse<byte[]> file = http.bytes("/api/operations/documents/" + p + "D1/attachment", admin);
        assertThat(new String(file.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(jdbc.sql("SELECT count(*) FROM office_document WHERE code LIKE :p")
                        .param("p", p + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
    }

    @Test
    void searchIgnoresDiacriticsAndReadsTheAttachedPdf() {
        // only the attachment says "sông Hồng"; the excerpt shows where
        JsonNode byAttachment =
                json.readTree(http.json("GET", search("song hong"), admin, null).body());
        assertThat(codes(byAttachment)).containsExactly(p + "D1");
        assertThat(byAttachment.get("items").get(0).get("excerpt").asString()).contains("ven sông Hồng");
        assertThat(codes(json.readTree(
                        http.json("GET", search("lut bao"), admin, null).body())))
                .containsExactly(p + "D1");
        // a part of the number and symbol
        assertThat(codes(json.readTree(
                        http.json("GET", search("STC-NS"), admin, null).body())))
                .containsExactly(p + "D2");
        assertThat(codes(json.readTree(
                        http.json("GET", search("bao dong iii"), admin, null).body())))
                .containsExactly(p + "D1");
        assertThat(codes(json.readTree(http.json(
                                "GET", "/api/operations/documents?direction=OUTGOING&signed=false&q=" + p, admin, null)
                        .body())))
                .containsExactly(p + "D5");
        assertThat(codes(json.readTree(http.json("GET", "/api/operations/documents?overdue=true&q=" + p, admin, null)
                        .body())))
                .containsExactly(p + "D3");
    }

    @Test
    void theRegistryPageSearchesFiltersAndOpensADocumentWithItsPdf() {
        String dep = TestHttp.basic("vb.dep", TestUsers.PASSWORD);
        HttpResponse<String> found = http.page("/operations/documents?q=song+hong", dep);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(rows(found.body())).containsExactly(p + "D1");
        assertThat(found.body()).contains("document-excerpt", "ven sông Hồng", "Văn bản có „song hong“");
        HttpResponse<String> unsigned = http.page("/operations/documents?direction=OUTGOING&signed=false&q=" + p, dep);
        assertThat(rows(unsigned.body())).containsExactly(p + "D5");
        assertThat(unsigned.body()).contains("aria-current=\"page\"", "Chưa ký số");
        assertThat(rows(http.page("/operations/documents?overdue=true&q=" + p, dep)
                        .body()))
                .containsExactly(p + "D3");
        // a month that is not one is ignored rather than failing the page
        assertThat(rows(http.page("/operations/documents?month=2026-3&q=" + p, dep)
                        .body()))
                .hasSize(6);
        assertThat(http.page("/operations/documents?q=" + p, TestHttp.basic("vb.xa1", TestUsers.PASSWORD))
                        .body())
                .contains("id=\"documents-empty\"");
        HttpResponse<String> one = http.page("/operations/documents/" + p + "D1", dep);
        assertThat(one.body())
                .contains("125/UBND-VP", "Về việc phòng, chống lụt bão năm 2026", "UBND thành phố", "10/03/2026")
                .contains("Đã xử lý", "09/03/2026", "125-UBND-VP.pdf", "id=\"document-history\"");
        HttpResponse<byte[]> file = http.bytes("/operations/documents/" + p + "D1/attachment", dep);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("125-UBND-VP.pdf");
        assertThat(new String(file.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(http.page("/operations/documents/" + p + "D4", dep).body())
                .contains("Văn bản đi", "Có — văn bản điện tử có chữ ký số", "Chưa có tệp");
    }

    /** The codes of the rows of a registry page, in order. */
    private static List<String> rows(String html) {
        List<String> codes = new ArrayList<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("<tr data-code=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    @Test
    void officersReadAndImportTheirUnitsOnlyAndMistakesAreNamedPerRow() {
        String xa1 = TestHttp.basic("vb.xa1", TestUsers.PASSWORD);
        assertThat(codes(json.readTree(http.json("GET", "/api/operations/documents?q=" + p, xa1, null)
                        .body())))
                .isEmpty();
        assertThat(http.json("GET", "/api/operations/documents/" + p + "D1", xa1, null)
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> foreign = http.json("POST", "/api/operations/documents", xa1, documents("Trình ký"));
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.body()).contains("rows[1].unit", "Bạn không được nhập văn bản");
        HttpResponse<String> wrong = http.json("POST", "/api/operations/documents", admin, """
                [{"code":"%sX1","direction":"SIDEWAYS","number":"","issuedOn":"2026-03-10","counterpart":"Sở",
                  "type":"Công văn","summary":"Thử","unit":"KHONG-CO","status":"DONE","deadline":"2026-03-01",
                  "attachmentBase64":"bm90IGEgcGRm"}]""".formatted(p));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body())
                .contains(
                        "rows[1].direction",
                        "rows[1].number",
                        "rows[1].unit",
                        "rows[1].completedOn",
                        "rows[1].deadline",
                        "rows[1].attachmentBase64",
                        "phải là PDF");
        assertThat(jdbc.sql("SELECT count(*) FROM office_document WHERE code = :c")
                        .param("c", p + "X1")
                        .query(Long.class)
                        .single())
                .isZero();
        String csv = "code,direction,number,issuedOn,counterpart,type,summary,unit,status\n"
                + p + "C1,INCOMING,5/UBND,31/13/2026,UBND,Công văn,Thử,"
                + f.code("DEP") + ",PENDING\n";
        HttpResponse<String> badCsv =
                http.send("POST", "/api/operations/documents", admin, "application/json", "text/csv", csv);
        assertThat(badCsv.statusCode()).isEqualTo(400);
        assertThat(badCsv.body()).contains("rows[1].issuedOn", "31/13/2026");
    }

    @Test
    void marchsFiguresAreHandCheckedAnalyticsItemsWithTheSignedShareAndOnTimeRate() throws InterruptedException {
        AnalyticsRequest query = AnalyticsRequest.of(
                        "dx:HC-VB-MC-DEN;HC-VB-MC-DI;HC-VB-MC-DI-KYSO;HC-VB-MC-DH;HC-VB-MC-TH;HC-VB-MC-QH;"
                                + "IND-VB-MC-KYSO;IND-VB-MC-DUNGHAN",
                        "pe:202603")
                .withFilters("ou:" + f.code("DEP"));
        AnalyticsGrid grid = FigureWait.until(analytics, query, "HC-VB-MC-QH", "202603");
        // incoming D1–D3; outgoing D4 (signed) and D5; D1 handled on time, D2 late, D3 open past its deadline
        assertThat(grid.value("HC-VB-MC-DEN", "202603")).hasValue(3);
        assertThat(grid.value("HC-VB-MC-DI", "202603")).hasValue(2);
        assertThat(grid.value("HC-VB-MC-DI-KYSO", "202603")).hasValue(1);
        assertThat(grid.value("HC-VB-MC-DH", "202603")).hasValue(1);
        assertThat(grid.value("HC-VB-MC-TH", "202603")).hasValue(1);
        assertThat(grid.value("HC-VB-MC-QH", "202603")).hasValue(1);
        assertThat(grid.value("IND-VB-MC-KYSO", "202603")).hasValue(50);
        assertThat(grid.value("IND-VB-MC-DUNGHAN", "202603")).hasValue(50);
        // each linked figure's records link lists exactly the documents it counts
        Map.of("HC-VB-MC-DEN", 3, "HC-VB-MC-DI", 2, "HC-VB-MC-DI-KYSO", 1).forEach((item, n) -> {
            String link = catalog.getItemByCode(item).sourceLink();
            assertThat(link).as(item).isNotNull();
            String listed = http.page(link.replace("{unit}", f.code("DEP")).replace("{period}", "202603"), admin)
                    .body();
            assertThat(listed.split("data-code=\"" + p, -1).length - 1)
                    .as(item + " " + link)
                    .isEqualTo(n);
        });
    }

    private String search(String q) {
        return "/api/operations/documents?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&unit=" + f.code("DEP");
    }

    private static List<String> codes(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get("code").asString()));
        return out;
    }
}
