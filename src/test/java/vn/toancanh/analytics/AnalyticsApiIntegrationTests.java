package vn.toancanh.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;

/** {@code /api/analytics} over HTTP: the DHIS2 grid shape, CSV and Excel, problem details, who may call it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsApiIntegrationTests {

    static final String DEMO_PASSWORD = "demo1234";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.toancanh.analytics.AnalyticsService analytics;

    @Autowired
    DataValueService values;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    AnalyticsFixture f;
    String revenue;
    String secret;

    @BeforeAll
    void setUp() {
        f = new AnalyticsFixture(jdbc, values, analytics);
        revenue = f.item("REV", "SUM", "SUM", "MONTHLY");
        secret = f.item("SECRET", "SUM", "SUM", "MONTHLY", 0, "RESTRICTED");
        List<DataValueInput> rows = new ArrayList<>();
        rows.add(f.value(revenue, "202403", f.c1, "1250.5"));
        rows.add(f.value(revenue, "202403", f.c2, "749.5"));
        rows.add(f.value(revenue, "202404", f.c2, "100"));
        rows.add(f.value(secret, "202403", f.c2, "5"));
        f.write(rows);
    }

    @Test
    void answersTheDhis2GridWithNamesInVietnameseOrEnglish() throws Exception {
        HttpResponse<byte[]> r = get(
                "admin",
                "/api/analytics?dimension=" + enc("dx:" + revenue) + "&dimension="
                        + enc("ou:" + f.code("D") + ";CHILDREN") + "&filter=pe:2024Q1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Server-Timing"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("engine;dur="));
        JsonNode grid = json.readTree(r.body());
        assertThat(grid.get("headers").get(0).get("name").asString()).isEqualTo("dx");
        assertThat(grid.get("headers").get(1).get("name").asString()).isEqualTo("ou");
        assertThat(grid.get("headers").get(2).get("column").asString()).isEqualTo("Giá trị");
        assertThat(grid.get("height").asInt()).isEqualTo(2);
        assertThat(grid.get("width").asInt()).isEqualTo(3);
        List<String> rows = new ArrayList<>();
        grid.get("rows")
                .forEach(
                        row -> rows.add(row.get(1).asString() + "=" + row.get(2).asString()));
        assertThat(rows).containsExactlyInAnyOrder(f.code("C1") + "=1250.5", f.code("C2") + "=749.5");
        JsonNode items = grid.get("metaData").get("items");
        assertThat(items.get(f.code("C1")).get("name").asString()).isEqualTo("Xã Một");
        assertThat(items.get(revenue).get("unitOfMeasure").asString()).isEqualTo("người");
        assertThat(grid.get("metaData").get("dimensions").get("pe").get(0).asString())
                .isEqualTo("2024Q1");

        JsonNode en = json.readTree(get(
                        "admin",
                        "/api/analytics?dimension=" + enc("dx:" + revenue) + "&dimension=pe:202403&filter="
                                + enc("ou:" + f.code("D")) + "&locale=en")
                .body());
        assertThat(en.get("metaData").get("items").get(revenue).get("name").asString())
                .isEqualTo("Item REV");
        assertThat(en.get("metaData").get("items").get("202403").get("name").asString())
                .isEqualTo("March 2024");
        assertThat(en.get("rows").get(0).get(2).asString()).isEqualTo("2000");
    }

    @Test
    void exportsCsvAndAnExcelSheetWithNamesAndNumbers() throws Exception {
        String query =
                "?dimension=" + enc("dx:" + revenue) + "&dimension=pe:202403;202404&filter=" + enc("ou:" + f.code("D"));
        HttpResponse<byte[]> csv = get("lanhdao", "/api/analytics.csv" + query);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8))
                .isEqualTo("dx,pe,value\r\n" + revenue + ",202403,2000\r\n" + revenue + ",202404,100\r\n");
        HttpResponse<byte[]> xlsx = get("lanhdao", "/api/analytics.xlsx" + query);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Dữ liệu");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Chỉ tiêu REV");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Tháng 03/2024");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2000.0);
        }
    }

    @Test
    void badInputIsAProblemDetailNamingTheFieldAndReason() throws Exception {
        HttpResponse<byte[]> r =
                get("admin", "/api/analytics?dimension=dx:NOT_AN_ITEM&dimension=pe:2024&filter=ou:" + enc(f.code("D")));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        JsonNode problem = json.readTree(r.body());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("dimension");
        assertThat(problem.get("errors").get(0).get("reason").asString()).contains("NOT_AN_ITEM");
    }

    @Test
    void restrictedItemsAndAnonymousCallersAreRefused() throws Exception {
        String query = "/api/analytics?dimension=" + enc("dx:" + secret) + "&dimension=pe:202403&filter="
                + enc("ou:" + f.code("D"));
        assertThat(get("xem", query).statusCode()).isEqualTo(403);
        assertThat(json.readTree(get("lanhdao", query).body())
                        .get("rows")
                        .get(0)
                        .get(2)
                        .asString())
                .isEqualTo("5");
        HttpResponse<byte[]> anonymous = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + query))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private HttpResponse<byte[]> get(String user, String path) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Basic " + auth)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
