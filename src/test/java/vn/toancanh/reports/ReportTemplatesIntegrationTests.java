package vn.toancanh.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
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
 * Aggregate reports end to end on a small fixed data set: a template of text, tables and a chart generated for a
 * month into the library, its PDF read back with PDFBox and its workbook with POI (figures hand-checked: this month,
 * year to date, the same month last year, the ratio; the communes' rows and the district's total); the schedule
 * issuing a period's report once on its day (and making up a missed day) and e-mailing it with both files attached
 * through a real SMTP conversation; mistakes in a template reported per field; who may read, generate and write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportTemplatesIntegrationTests {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("toancanh.reports.base-url", () -> "https://ioc.example.vn");
    }

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
    ReportTemplates templates;

    @Autowired
    JsonMapper json;

    AnalyticsFixture f;
    TestHttp http;
    String item;
    String admin;
    String lead;

    @BeforeAll
    void setUp() {
        f = new AnalyticsFixture(jdbc, values, analytics);
        item = f.item("KTX", "SUM", "SUM", "MONTHLY");
        List<DataValueInput> rows = new ArrayList<>();
        rows.add(f.value(item, "202601", f.c1, "10"));
        rows.add(f.value(item, "202602", f.c1, "20"));
        rows.add(f.value(item, "202603", f.c1, "100"));
        rows.add(f.value(item, "202603", f.c2, "50.5"));
        rows.add(f.value(item, "202503", f.c1, "70"));
        rows.add(f.value(item, "202503", f.c2, "50"));
        f.write(rows);
        TestUsers.ensure(users, jdbc, "rt.admin", Role.ADMIN, null);
        TestUsers.ensure(users, jdbc, "rt.lead", Role.LEADER, null);
        TestUsers.ensure(users, jdbc, "rt.xa", Role.COMMUNE_OFFICER, f.code("C1"));
        TestUsers.ensure(users, jdbc, "rt.other", Role.COMMUNE_OFFICER, "11584");
        http = new TestHttp(port);
        admin = TestHttp.basic("rt.admin", TestUsers.PASSWORD);
        lead = TestHttp.basic("rt.lead", TestUsers.PASSWORD);
    }

    private String template(String code, Integer scheduleDay, List<String> subscribers) {
        return json.writeValueAsString(new ReportTemplateInput(
                code,
                "Báo cáo tình hình kinh tế - xã hội",
                "MONTHLY",
                f.code("D"),
                scheduleDay,
                subscribers,
                true,
                List.of(
                        TemplateBlock.text(
                                "I. KINH TẾ",
                                "Trong {{ky}}, {{donvi}} đạt {{" + item + "}} người, bằng {{" + item
                                        + "|sosanh}}% cùng kỳ ({{" + item + "|cungky}}); lũy kế {{" + item
                                        + "|luyke}}."),
                        TemplateBlock.table("Bảng 1. Chỉ tiêu chủ yếu", TemplateBlock.Rows.ITEMS, item),
                        TemplateBlock.table("Bảng 2. Theo xã", TemplateBlock.Rows.UNITS, item),
                        TemplateBlock.chart("Biểu đồ 1. Ba tháng", TemplateBlock.Chart.BAR, 3, item))));
    }

    @Test
    void aTemplateGeneratesAPdfAndAWorkbookWithHandCheckedFigures() throws IOException {
        String code = f.code("KTXH");
        HttpResponse<String> created =
                http.json("POST", "/api/reports/templates", admin, template(code, null, List.of()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json.readTree(created.body()).get("version").asInt()).isEqualTo(1);

        HttpResponse<String> generated =
                http.json("POST", "/api/reports/templates/" + code + "/generate?period=202603", lead, null);
        assertThat(generated.statusCode()).as(generated.body()).isEqualTo(201);
        JsonNode entry = json.readTree(generated.body());
        long id = entry.get("id").asLong();
        assertThat(entry.get("title").asString()).isEqualTo("Báo cáo tình hình kinh tế - xã hội – Tháng 03/2026");
        assertThat(entry.get("scheduled").asBoolean()).isFalse();
        assertThat(entry.get("generatedBy").asString()).isEqualTo("rt.lead");

        HttpResponse<byte[]> pdf = http.bytes("/api/reports/library/" + id + "/file.pdf", lead);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains(code + "_202603.pdf");
        keep("aggregate.pdf", pdf.body());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("ỦY BAN NHÂN DÂN", ("Huyện " + f.code("")).toUpperCase())
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
                    .contains("Báo cáo tình hình kinh tế - xã hội", "Tháng 03/2026 · Huyện " + f.code(""))
                    // 100 + 50.5 this March; 70 + 50 last March; 150.5 / 120 = 125.4 %; 10 + 20 + 150.5 since January
                    // the period's and the unit's names written small within the sentence
                    .contains("Trong tháng 03/2026, huyện " + f.code("") + " đạt 150,5 người, bằng 125,4% cùng kỳ"
                            + " (120); lũy kế 180,5.")
                    .contains("Bảng 1. Chỉ tiêu chủ yếu", "Lũy kế từ đầu năm", "So với cùng kỳ (%)")
                    .contains("Bảng 2. Theo xã", "Xã Một 100", "Xã Hai 50,5", "Toàn huyện " + f.code("") + " 150,5")
                    .contains("Biểu đồ 1. Ba tháng", "Tháng 01/2026", "Tháng 02/2026");
        }

        HttpResponse<byte[]> xlsx = http.bytes("/reports/library/" + id + ".xlsx", lead);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        keep("aggregate.xlsx", xlsx.body());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            Row itemRow = row(sheet, "Chỉ tiêu KTX", 0);
            assertThat(numbers(itemRow)).startsWith(150.5, 180.5, 120.0, 125.4);
            assertThat(itemRow.getCell(1).getStringCellValue()).isEqualTo("người");
            assertThat(numbers(row(sheet, "Xã Một", 0))).containsExactly(100.0);
            assertThat(numbers(row(sheet, "Toàn huyện " + f.code(""), 0))).containsExactly(150.5);
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
            List<String> cells = new ArrayList<>();
            sheet.forEach(r -> r.forEach(c -> {
                if (c.getCellType() == CellType.STRING) {
                    cells.add(c.getStringCellValue());
                }
            }));
            assertThat(cells).anyMatch(c -> c.contains("bằng 125,4% cùng kỳ"));
        }

        // the same template over nine months: January to September against the same nine months a year before
        String nine = f.code("KTXH9");
        String nineTemplate = template(nine, null, List.of()).replace("\"MONTHLY\"", "\"NINE_MONTHLY\"");
        assertThat(http.json("POST", "/api/reports/templates", admin, nineTemplate)
                        .statusCode())
                .isEqualTo(201);
        long nineId = templates.generate(nine, "2026N9").id();
        try (PDDocument document = Loader.loadPDF(
                http.bytes("/api/reports/library/" + nineId + "/file.pdf", lead).body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            // 10 + 20 + 150.5 in 2026; 120 in March 2025; 180.5 / 120 = 150.4 %
            assertThat(text)
                    .contains("Trong 9 tháng đầu năm 2026", "đạt 180,5 người, bằng 150,4% cùng kỳ (120)")
                    .contains("lũy kế 180,5.")
                    // nine months count from January already: no year-to-date column
                    .doesNotContain("Lũy kế từ đầu năm");
        }

        // the template changes; the report already issued does not
        ReportTemplateInput changed = json.readValue(template(code, null, List.of()), ReportTemplateInput.class);
        templates.update(
                code,
                new ReportTemplateInput(
                        code,
                        "Tên mới",
                        "MONTHLY",
                        f.code("D"),
                        null,
                        List.of(),
                        true,
                        changed.blocks().subList(0, 1)));
        assertThat(templates.template(code).version()).isEqualTo(2);
        try (PDDocument again = Loader.loadPDF(
                http.bytes("/api/reports/library/" + id + "/file.pdf", lead).body())) {
            assertThat(new PDFTextStripper().getText(again))
                    .contains("Bảng 2. Theo xã")
                    .doesNotContain("Tên mới");
        }
        assertThat(json.readTree(http.json("GET", "/api/reports/library/" + id, lead, null)
                                .body())
                        .get("templateVersion")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void theScheduleIssuesEachPeriodOnceOnItsDayAndMailsItWithBothFiles() throws Exception {
        String code = f.code("LICH");
        assertThat(http.json(
                                "POST",
                                "/api/reports/templates",
                                admin,
                                template(code, 20, List.of("vp@huyen.example.vn", "ld@huyen.example.vn")))
                        .statusCode())
                .isEqualTo(201);
        SMTP.purgeEmailFromAllMailboxes();

        assertThat(mine(templates.runSchedule(LocalDate.of(2026, 3, 19)), code)).isEmpty();
        List<LibraryEntry> made = mine(templates.runSchedule(LocalDate.of(2026, 3, 20)), code);
        assertThat(made).hasSize(1);
        LibraryEntry march = made.get(0);
        assertThat(march.period()).isEqualTo("202603");
        assertThat(march.scheduled()).isTrue();
        assertThat(march.generatedBy()).isEqualTo("system");
        assertThat(march.recipients()).isEqualTo(2);
        assertThat(march.sendError()).isNull();
        // the same period is not issued again, however often the schedule runs
        assertThat(mine(templates.runSchedule(LocalDate.of(2026, 3, 25)), code)).isEmpty();
        // a day missed while the application was stopped is made up at the next run
        List<LibraryEntry> april = mine(templates.runSchedule(LocalDate.of(2026, 4, 22)), code);
        assertThat(april).extracting(LibraryEntry::period).containsExactly("202604");

        // a period someone already generated on or after its day is not issued again by the schedule
        ReportTemplateView view = templates.template(code);
        templates.generate(code, "202605");
        assertThat(mine(templates.runSchedule(LocalDate.of(2026, 5, 21)), code)).isEmpty();
        assertThat(templates.nextRun(view, LocalDate.of(2026, 5, 21))).isEqualTo(LocalDate.of(2026, 6, 20));
        assertThat(templates.nextRun(view, LocalDate.of(2026, 5, 12))).isEqualTo(LocalDate.of(2026, 5, 20));
        // a day passed and not yet issued is owed: the next run makes it up
        assertThat(templates.nextRun(view, LocalDate.of(2026, 6, 25))).isEqualTo(LocalDate.of(2026, 6, 25));

        SMTP.waitForIncomingEmail(10_000, 4);
        String subject = "[Toàn Cảnh] Báo cáo tình hình kinh tế - xã hội – Tháng 03/2026";
        // each subscriber has it in their own mailbox
        List<MimeMessage> delivered = new ArrayList<>();
        for (String address : List.of("vp@huyen.example.vn", "ld@huyen.example.vn")) {
            var user = SMTP.getUserManager().getUserByEmail(address);
            assertThat(user).as(address).isNotNull();
            for (var stored :
                    SMTP.getManagers().getImapHostManager().getInbox(user).getMessages()) {
                if (subject.equals(stored.getMimeMessage().getSubject())) {
                    delivered.add(stored.getMimeMessage());
                }
            }
        }
        assertThat(delivered).hasSize(2);
        MimeMessage message = delivered.get(0);
        Multipart parts = (Multipart) message.getContent();
        String body = null;
        byte[] pdf = null;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null) {
                names.add(part.getFileName());
                if (part.getFileName().endsWith(".pdf")) {
                    pdf = part.getInputStream().readAllBytes();
                }
            } else if (part.getContent() instanceof Multipart inner) {
                body = (String) inner.getBodyPart(0).getContent();
            } else {
                body = (String) part.getContent();
            }
        }
        assertThat(names).containsExactlyInAnyOrder(code + "_202603.pdf", code + "_202603.xlsx");
        assertThat(body).contains("Kỳ báo cáo: Tháng 03/2026", "https://ioc.example.vn/reports/library/" + march.id());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("150,5");
        }
        // neither subscriber sees the other's address
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(String.join(",", message.getHeader("To"))).doesNotContain("huyen.example.vn");

        // the library lists them, newest first, and finds them without diacritics
        JsonNode page = json.readTree(
                http.json("GET", "/api/reports/library?template=" + code + "&q=kinh%20te%20xa%20hoi", lead, null)
                        .body());
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items").get(0).get("period").asString()).isEqualTo("202605");
    }

    @Test
    void mistakesInATemplateComeBackPerFieldInVietnamese() {
        ReportTemplateInput bad = new ReportTemplateInput(
                "sai mã",
                "",
                "WEEKLY",
                "KHONG-CO-DON-VI",
                31,
                List.of("khong-phai-thu"),
                true,
                List.of(
                        TemplateBlock.text("I", "Đạt {{KHONG-CO}} và {{" + item + "|tang}}"),
                        TemplateBlock.table("", TemplateBlock.Rows.ITEMS, "KHONG-CO-2"),
                        TemplateBlock.chart("Biểu đồ", TemplateBlock.Chart.LINE, 1, item)));
        HttpResponse<String> response =
                http.json("POST", "/api/reports/templates", admin, json.writeValueAsString(bad));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        json.readTree(response.body())
                .get("errors")
                .forEach(e ->
                        errors.put(e.get("field").asString(), e.get("reason").asString()));
        assertThat(errors)
                .containsKeys(
                        "code",
                        "name",
                        "periodType",
                        "unitCode",
                        "scheduleDay",
                        "subscribers",
                        "blocks[0].text",
                        "blocks[1].heading",
                        "blocks[1].items",
                        "blocks[2].periods");
        assertThat(errors.get("blocks[0].text")).contains("không có chỉ tiêu KHONG-CO", "luyke, cungky hoặc sosanh");
        assertThat(errors.get("blocks[1].items")).contains("KHONG-CO-2");
        assertThat(errors.get("unitCode")).contains("KHONG-CO-DON-VI");

        // the page shows each mistake beside its field and keeps what was typed
        HttpResponse<String> page = http.form(
                "/reports/templates/new",
                admin,
                Map.of(
                        "code", f.code("TRANG"),
                        "name", "Báo cáo thử",
                        "periodType", "MONTHLY",
                        "unitCode", f.code("D"),
                        "blocks[0].kind", "TABLE",
                        "blocks[0].heading", "Bảng thử",
                        "blocks[0].items", "KHONG-CO-3"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Mẫu chưa lưu được", "Không có chỉ tiêu: KHONG-CO-3", "value=\"Bảng thử\"")
                .contains("is-invalid");
        assertThat(http.json("POST", "/api/reports/templates/KHONG-CO/generate?period=202603", lead, null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void readersAreTheUnitsConcernedAndOnlyLeadersGenerate() {
        String code = f.code("QUYEN");
        assertThat(http.json("POST", "/api/reports/templates", admin, template(code, null, List.of()))
                        .statusCode())
                .isEqualTo(201);
        long id = templates.generate(code, "202603").id();
        String commune = TestHttp.basic("rt.xa", TestUsers.PASSWORD);
        String stranger = TestHttp.basic("rt.other", TestUsers.PASSWORD);

        // a commune of the district reads the district's report; a commune elsewhere does not see it at all
        assertThat(http.bytes("/reports/library/" + id + ".pdf", commune).statusCode())
                .isEqualTo(200);
        assertThat(http.bytes("/reports/library/" + id + ".pdf", stranger).statusCode())
                .isEqualTo(404);
        assertThat(http.json("GET", "/api/reports/library?template=" + code, stranger, null)
                        .body())
                .contains("\"total\":0");
        // officers neither generate nor write templates; wrong period types are refused
        assertThat(http.json("POST", "/api/reports/templates/" + code + "/generate?period=202603", commune, null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.json("POST", "/api/reports/templates", lead, template(f.code("X"), null, List.of()))
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> quarter =
                http.json("POST", "/api/reports/templates/" + code + "/generate?period=2026Q1", lead, null);
        assertThat(quarter.statusCode()).isEqualTo(400);
        assertThat(quarter.body()).contains("period", "theo kỳ tháng");

        // the pages: the leader generates from the list and lands on the entry; the library lists it
        HttpResponse<String> list = http.page("/reports/templates", lead);
        assertThat(list.body()).contains(code, "Tạo báo cáo", "Tháng 03/2026");
        HttpResponse<String> made =
                http.form("/reports/templates/" + code + "/generate", lead, Map.of("period", "202602"));
        assertThat(made.statusCode()).isEqualTo(302);
        String location = made.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/reports/library/");
        assertThat(http.page(location.substring(location.indexOf("/reports/")), lead)
                        .body())
                .contains("Báo cáo tình hình kinh tế - xã hội – Tháng 02/2026", "Tải PDF", "Tải Excel");
        assertThat(http.page("/reports/library?template=" + code, commune).body())
                .contains("Tháng 03/2026", "Tháng 02/2026");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_log WHERE entity_type = 'REPORT_LIBRARY' AND action = 'GENERATE'"
                                        + " AND details LIKE '%Tháng 02/2026'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
    }

    private static List<LibraryEntry> mine(List<LibraryEntry> entries, String code) {
        return entries.stream().filter(e -> e.templateCode().equals(code)).toList();
    }

    private static Row row(XSSFSheet sheet, String first, int column) {
        for (Row r : sheet) {
            Cell c = r.getCell(column);
            if (c != null
                    && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(first)) {
                return r;
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static List<Double> numbers(Row row) {
        List<Double> out = new ArrayList<>();
        for (Cell c : row) {
            if (c.getCellType() == CellType.NUMERIC) {
                out.add(c.getNumericCellValue());
            }
        }
        return out;
    }

    private static void keep(String name, byte[] content) throws IOException {
        Path dir = Path.of("target", "samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), content);
    }
}
