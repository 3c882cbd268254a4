package vn.toancanh.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.analytics.AnalyticsFixture;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.dashboard.DashboardService;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;

/**
 * Quick reports as their readers get them: the Excel workbook opened with POI (header block, Vietnamese headings,
 * numbers as numbers, a native chart) and the PDF read back with PDFBox (Vietnamese text extracted as written,
 * figures in Vietnamese number format, the issuing unit's header); a dashboard as a report; bad queries as problems.
 * The files are kept under {@code target/samples} for people to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuickReportsIntegrationTests {

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
    DashboardService dashboards;

    final HttpClient http = HttpClient.newHttpClient();
    AnalyticsFixture f;
    String people;
    String query;

    @BeforeAll
    void setUp() {
        f = new AnalyticsFixture(jdbc, values, analytics);
        people = f.item("DAN", "SUM", "LAST", "MONTHLY");
        List<DataValueInput> rows = new ArrayList<>();
        rows.add(f.value(people, "202403", f.c1, "1250.5"));
        rows.add(f.value(people, "202403", f.c2, "1234567.25"));
        rows.add(f.value(people, "202404", f.c1, "1300"));
        f.write(rows);
        TestUsers.ensure(users, jdbc, "qr.lead", Role.LEADER, null);
        TestUsers.ensure(users, jdbc, "qr.xa", Role.COMMUNE_OFFICER, f.code("C1"));
        query = "dimension=" + enc("dx:" + people) + "&dimension=" + enc("ou:" + f.code("C1") + ";" + f.code("C2"))
                + "&filter=" + enc("pe:202403");
    }

    @Test
    void anAnalyticsQueryBecomesAnExcelReportWithTheHeaderBlockNamesAndRealNumbers() throws IOException {
        HttpResponse<byte[]> response =
                get("/reports/quick.xlsx?" + query + "&chart=BAR&title=" + enc("Dân số theo xã"), "qr.lead");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("filename*=UTF-8''D%C3%A2n%20s%E1%BB%91%20theo%20x%C3%A3.xlsx");
        keep("quick.xlsx", response.body());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            XSSFSheet sheet = book.getSheet("Báo cáo");
            assertThat(text(sheet, 0)).contains("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(text(sheet, 1)).contains("HUYỆN AN DƯƠNG", "Độc lập - Tự do - Hạnh phúc");
            assertThat(text(sheet, 3)).contains("An Dương, " + today());
            assertThat(text(sheet, 5)).isEqualTo("Dân số theo xã");
            assertThat(text(sheet, 6)).isEqualTo("Chỉ tiêu: Chỉ tiêu DAN (người) · Kỳ: Tháng 03/2024");
            Row heading = find(sheet, "Đơn vị");
            assertThat(texts(heading)).containsExactly("Đơn vị", "Giá trị");
            Row second = sheet.getRow(heading.getRowNum() + 2);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("Xã Hai");
            Cell figure = second.getCell(1);
            assertThat(figure.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(figure.getNumericCellValue()).isEqualTo(1234567.25);
            assertThat(figure.getCellStyle().getDataFormatString()).isEqualTo("#,##0.##");
            assertThat(sheet.getRow(heading.getRowNum() + 1).getCell(1).getNumericCellValue())
                    .isEqualTo(1250.5);
            assertThat(text(sheet, heading.getRowNum() + 3)).startsWith("Nguồn: Phòng Thử");
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(sheet.getDrawingPatriarch()
                            .getCharts()
                            .get(0)
                            .getTitleText()
                            .getString())
                    .isEqualTo("Dân số theo xã");
        }
    }

    @Test
    void theSameQueryAsPdfCarriesVietnameseTextAndVietnameseNumbers() throws IOException {
        HttpResponse<byte[]> response =
                get("/reports/quick.pdf?" + query + "&chart=BAR&title=" + enc("Dân số theo xã"), "qr.lead");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        keep("quick.pdf", response.body());
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("ỦY BAN NHÂN DÂN", "HUYỆN AN DƯƠNG")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
                    .contains("An Dương, " + today())
                    .contains("Dân số theo xã", "Chỉ tiêu: Chỉ tiêu DAN (người) · Kỳ: Tháng 03/2024")
                    .contains("Xã Một", "Xã Hai", "1.250,5", "1.234.567,25")
                    .contains("Nguồn: Phòng Thử");
            List<String> fonts = new ArrayList<>();
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                fonts.add(font.getName());
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(fonts).anyMatch(n -> n.contains("DejaVuSerif"));
        }
    }

    @Test
    void aCommuneOfficersReportCarriesTheCommunesOwnHeader() throws IOException {
        HttpResponse<byte[]> response = get("/reports/quick.pdf?" + query, "qr.xa");
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("ỦY BAN NHÂN DÂN", "XÃ MỘT", "Một, " + today());
            // no title asked for: the item's name
            assertThat(text).contains("Chỉ tiêu DAN");
        }
    }

    @Test
    void aDashboardBecomesOneReportWithATablePerFigureWidget() throws IOException {
        List<String> figures = dashboards.get(DashboardService.HOME).widgets().stream()
                .filter(w -> !w.dx().isEmpty()
                        && List.of("LINE", "COLUMN", "SINGLE", "TABLE")
                                .contains(w.type().name()))
                .map(w -> w.title())
                .toList();
        assertThat(figures).isNotEmpty();
        HttpResponse<byte[]> pdfResponse = get("/reports/dashboards/HOME.pdf?pe=THIS_YEAR", "qr.lead");
        assertThat(pdfResponse.statusCode()).isEqualTo(200);
        keep("dashboard.pdf", pdfResponse.body());
        try (PDDocument pdf = Loader.loadPDF(pdfResponse.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String title : figures) {
                assertThat(text).contains(title.replaceAll("\\s+", " "));
            }
        }
        HttpResponse<byte[]> excel = get("/reports/dashboards/HOME.xlsx", "qr.lead");
        assertThat(excel.statusCode()).isEqualTo(200);
        keep("dashboard.xlsx", excel.body());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            XSSFSheet sheet = book.getSheet("Báo cáo");
            List<String> cells = new ArrayList<>();
            sheet.forEach(r -> cells.add(text(sheet, r.getRowNum())));
            for (String title : figures) {
                assertThat(cells).anyMatch(c -> c.startsWith(title));
            }
        }
    }

    @Test
    void aBadQueryIsAProblemNotAFileAndStrangersGetNothing() {
        HttpResponse<byte[]> bad =
                get("/reports/quick.pdf?dimension=" + enc("dx:KHONG-CO") + "&filter=pe:2024&filter=ou:312", "qr.lead");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("KHONG-CO");
        assertThat(get("/reports/dashboards/KHONG-CO.pdf", "qr.lead").statusCode())
                .isEqualTo(404);
        // a link followed without a session leads to the login page
        HttpResponse<byte[]> stranger = get("/reports/quick.xlsx?" + query, null);
        assertThat(stranger.statusCode()).isEqualTo(302);
        assertThat(stranger.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    private HttpResponse<byte[]> get(String path, @Nullable String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/pdf, application/json");
        if (user != null) {
            request.header("Authorization", TestHttp.basic(user, TestUsers.PASSWORD));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static String today() {
        LocalDate d = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        return String.format("ngày %02d tháng %02d năm %d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static String text(Sheet sheet, int row) {
        Row r = sheet.getRow(row);
        return r == null ? "" : String.join(" ", texts(r)).strip();
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (Cell c : row) {
            if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isBlank()) {
                out.add(c.getStringCellValue());
            }
        }
        return out;
    }

    private static Row find(Sheet sheet, String firstCell) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null
                    && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(firstCell)) {
                return r;
            }
        }
        throw new AssertionError("no row starting with " + firstCell);
    }

    private static void keep(String name, byte[] content) throws IOException {
        Path dir = Path.of("target", "samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), content);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
