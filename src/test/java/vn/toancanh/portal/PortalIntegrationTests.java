package vn.toancanh.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.map.MapService;
import vn.toancanh.map.PoiInput;
import vn.toancanh.map.PoiLayer;
import vn.toancanh.map.PoiView;
import vn.toancanh.portal.internal.HeritageSites;
import vn.toancanh.portal.internal.PublishedReports;
import vn.toancanh.reports.ReportTemplateInput;
import vn.toancanh.reports.ReportTemplates;
import vn.toancanh.reports.TemplateBlock;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.InvalidInputException;

/**
 * The public portal on a fixture of our own: only public items of public groups reach the pages, the downloads (CSV,
 * JSON, Excel opened with POI), the API and the DCAT catalog; a point that is not public is never shown; QR codes decode
 * back to their page; uploads lose their metadata; published reports only while every figure they cite is public; bad
 * parameters get clear 400s and too many calls a 429.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {
            "toancanh.public.rate-limits.portal-data=1000",
            "toancanh.public.rate-limits.portal-qr=6",
            "toancanh.portal.public-url=https://congdan.example.gov.vn/"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// The rate-limit test spends the QR bucket: by name it runs after the other tests that ask for a QR code.
@TestMethodOrder(MethodOrderer.MethodName.class)
class PortalIntegrationTests {

    static final String BASE = "https://congdan.example.gov.vn";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataValueService values;

    @Autowired
    AnalyticsService analytics;

    @Autowired
    JsonMapper json;

    @Autowired
    MapService map;

    @Autowired
    HeritageSites heritage;

    @Autowired
    PublishedReports published;

    @Autowired
    ReportTemplates templates;

    PortalFixture f;
    TestHttp http;
    PoiView hiddenSite;
    PoiView hiddenSchool;

    @BeforeAll
    void setUp() {
        f = new PortalFixture(jdbc, values, analytics);
        http = new TestHttp(port);
        hiddenSite = map.create(poi(PoiLayer.HERITAGE, "Đình chưa công bố " + f.p, false));
        hiddenSchool = map.create(poi(PoiLayer.SCHOOL, "Trường chưa công bố " + f.p, false));
    }

    private PoiInput poi(PoiLayer layer, String name, boolean isPublic) {
        return new PoiInput(
                layer, name, null, 20.8626, 106.6038, PortalFixture.COMMUNE, "Xã thử", Map.of(), null, isPublic);
    }

    @Test
    void openDataListsOnlyPublicGroupsAndItems() {
        JsonNode list = json.readTree(http.json("GET", "/portal/api/datasets?size=100&q=" + f.p, null, null)
                .body());
        List<String> codes = new ArrayList<>();
        list.get("items").forEach(d -> codes.add(d.get("code").asString()));
        assertThat(codes).contains(f.publicGroup).doesNotContain(f.internalGroup);

        JsonNode detail = json.readTree(http.json("GET", "/portal/api/datasets/" + f.publicGroup, null, null)
                .body());
        assertThat(detail.get("frequency").asString()).isEqualTo("YEARLY");
        assertThat(detail.get("items").size()).isEqualTo(1);
        assertThat(detail.get("items").get(0).get("code").asString()).isEqualTo(f.publicItem);
        assertThat(detail.get("values").asLong()).isEqualTo(2);
        assertThat(detail.get("links").get("csv").asString())
                .isEqualTo(BASE + "/portal/data/" + f.publicGroup + ".csv");

        HttpResponse<String> hidden = http.json("GET", "/portal/api/datasets/" + f.internalGroup, null, null);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).contains("urn:toancanh:problem:not-found");
        assertThat(http.page("/portal/data/" + f.internalGroup, null).statusCode())
                .isEqualTo(404);
        assertThat(http.bytes("/portal/data/" + f.internalGroup + ".csv", null).statusCode())
                .isEqualTo(404);

        String page = http.page("/portal/data/" + f.publicGroup, null).body();
        assertThat(page).contains("Chiều dài đường bê tông").doesNotContain("Kinh phí nội bộ bí mật");
    }

    @Test
    void robotsMayIndexThePortalOnly() {
        HttpResponse<String> robots = http.page("/robots.txt", null);
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(robots.body()).contains("User-agent: *", "Allow: /portal", "Disallow: /");
    }

    @Test
    void searchIgnoresDiacritics() {
        String page = http.page("/portal/data?q=duong+lang+ngo+xom", null).body();
        assertThat(page).contains(f.publicGroupName);
        assertThat(http.page("/portal/data?q=nhom+noi+bo+" + f.p, null).body()).doesNotContain("Nhóm nội bộ " + f.p);
    }

    @Test
    void downloadsCarryOnlyPublicValuesAndNoPersonalData() throws Exception {
        HttpResponse<byte[]> csv = http.bytes("/portal/data/" + f.publicGroup + ".csv", null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains(f.publicGroup + ".csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFitem_code,item_name,unit_of_measure,period,unit_code,unit_name");
        assertThat(text).contains(f.publicItem + ",Chiều dài đường bê tông " + f.p + ",km,2025,11584,");
        assertThat(text).contains(",135.5,").doesNotContain(f.internalItem).doesNotContain(f.hiddenItem);
        assertThat(text).doesNotContainIgnoringCase("stored").doesNotContain("system");

        JsonNode body = json.readTree(http.bytes("/portal/data/" + f.publicGroup + ".json?year=2025", null)
                .body());
        assertThat(body.get("count").asInt()).isEqualTo(1);
        JsonNode v = body.get("values").get(0);
        assertThat(v.get("item_code").asString()).isEqualTo(f.publicItem);
        assertThat(v.get("value").asDouble()).isEqualTo(135.5);
        assertThat(v.has("stored_by")).isFalse();
        assertThat(v.has("comment")).isFalse();

        byte[] xlsx =
                http.bytes("/portal/data/" + f.publicGroup + ".xlsx", null).body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(f.publicGroupName);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Mã chỉ tiêu");
            List<String> items = new ArrayList<>();
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                items.add(row.getCell(0).getStringCellValue());
                assertThat(row.getCell(7).getNumericCellValue()).isIn(120.0, 135.5);
            }
            assertThat(items).containsExactly(f.publicItem, f.publicItem);
        }
    }

    @Test
    void dcatCatalogDescribesPublicDatasetsOnly() {
        HttpResponse<String> response =
                http.send("GET", "/portal/data/catalog.jsonld", null, "application/ld+json", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        JsonNode root = json.readTree(response.body());
        assertThat(root.get("@type").asString()).isEqualTo("dcat:Catalog");
        assertThat(root.get("@context").get("dcat").asString()).isEqualTo("http://www.w3.org/ns/dcat#");
        assertThat(root.get("dct:publisher").get("foaf:name").asString()).isNotBlank();
        JsonNode ours = null;
        for (JsonNode d : root.get("dcat:dataset")) {
            assertThat(d.get("dct:identifier").asString()).isNotEqualTo(f.internalGroup);
            if (d.get("dct:identifier").asString().equals(f.publicGroup)) {
                ours = d;
            }
        }
        assertThat(ours).isNotNull();
        assertThat(ours.get("@type").asString()).isEqualTo("dcat:Dataset");
        assertThat(ours.get("dct:title").asString()).isEqualTo(f.publicGroupName);
        assertThat(ours.get("dct:description").asString()).isEqualTo("Mô tả nhóm thử của cổng");
        assertThat(ours.get("dct:accrualPeriodicity").get("@id").asString())
                .isEqualTo("http://purl.org/cld/freq/annual");
        assertThat(ours.get("dct:modified").get("@value").asString()).isNotBlank();
        assertThat(ours.has("dct:publisher")).isTrue();
        List<String> types = new ArrayList<>();
        for (JsonNode dist : ours.get("dcat:distribution")) {
            assertThat(dist.get("@type").asString()).isEqualTo("dcat:Distribution");
            assertThat(dist.get("dcat:downloadURL").get("@id").asString())
                    .startsWith(BASE + "/portal/data/" + f.publicGroup + ".");
            types.add(dist.get("dcat:mediaType").asString());
        }
        assertThat(types).contains("text/csv", "application/json");
        assertThat(http.page("/portal/data", null).body()).contains("rel=\"alternate\" type=\"application/ld+json\"");
    }

    @Test
    void noPageShowsInternalFiguresOrPoints() {
        List<String> pages = List.of(
                "/portal",
                "/portal/data?q=" + f.p,
                "/portal/topics/education",
                "/portal/topics/agriculture",
                "/portal/topics/land",
                "/portal/topics/health",
                "/portal/heritage");
        for (String path : pages) {
            HttpResponse<String> page = http.page(path, null);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body())
                    .as(path)
                    .doesNotContain("Kinh phí nội bộ bí mật")
                    .doesNotContain("Chỉ tiêu nhóm kín")
                    .doesNotContain("Nhóm nội bộ " + f.p)
                    .doesNotContain(hiddenSite.name())
                    .doesNotContain(hiddenSchool.name())
                    .doesNotContain("Camera ");
        }
        String geo = new String(
                http.bytes("/portal/api/map.geojson?layers=HERITAGE,SCHOOL,HEALTH_STATION,PROJECT", null)
                        .body(),
                StandardCharsets.UTF_8);
        assertThat(geo).contains("Trường").doesNotContain(hiddenSite.name()).doesNotContain(hiddenSchool.name());
        assertThat(http.json("GET", "/portal/api/map.geojson?layers=CAMERA", null, null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(http.page("/portal/heritage/" + hiddenSite.id(), null).statusCode())
                .isEqualTo(404);
        assertThat(http.page("/portal/heritage/" + hiddenSchool.id(), null).statusCode())
                .isEqualTo(404);
        assertThat(http.bytes("/portal/heritage/" + hiddenSite.id() + "/qr.png", null)
                        .statusCode())
                .isIn(404, 429);
    }

    @Test
    void heritageSitesHaveTheirDetailsDirectionsAndAQrCodeThatOpensTheirPage() throws Exception {
        var sites = heritage.list();
        assertThat(sites).hasSizeGreaterThanOrEqualTo(7);
        var site = sites.stream()
                .filter(s -> s.name().equals("Đền Phú Xá"))
                .findFirst()
                .orElseThrow();
        String page = http.page("/portal/heritage/" + site.id(), null).body();
        assertThat(page)
                .contains("Đền Phú Xá")
                .contains("tháng Hai âm lịch")
                .contains("https://www.google.com/maps/dir/?api=1&amp;destination=" + site.latitude() + ","
                        + site.longitude())
                .contains("openstreetmap.org/directions")
                .contains("/portal/heritage/photos/");
        String photo = page.replaceAll("(?s).*?/portal/heritage/photos/(\\d+)\\.jpg.*", "$1");
        HttpResponse<byte[]> jpeg = http.bytes("/portal/heritage/photos/" + photo + ".jpg", null);
        assertThat(jpeg.statusCode()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(jpeg.body()))).isNotNull();

        HttpResponse<byte[]> qr = http.bytes("/portal/heritage/" + site.id() + "/qr.png?size=300", null);
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(decode(qr.body())).isEqualTo(BASE + "/portal/heritage/" + site.id());
        assertThat(http.page("/portal/heritage/" + site.id() + "/qr", null).body())
                .contains(BASE + "/portal/heritage/" + site.id())
                .contains("qr.png");
    }

    @Test
    void uploadedPhotosAreReEncodedWithoutTheirMetadata() throws Exception {
        var site = heritage.list().get(0);
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var writer = ImageIO.getImageWritersByFormatName("png").next();
        var param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(new javax.imageio.ImageTypeSpecifier(image), param);
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
        entry.setAttribute("keyword", "GPSLatitude");
        entry.setAttribute("value", "20.8561 VI-TRI-BI-MAT");
        text.appendChild(entry);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(text);
        meta.mergeTree("javax_imageio_png_1.0", root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(new javax.imageio.IIOImage(image, null, meta));
        }
        assertThat(new String(out.toByteArray(), StandardCharsets.ISO_8859_1)).contains("VI-TRI-BI-MAT");

        long id = heritage.addPhoto(site.id(), "Ảnh thử", out.toByteArray());
        byte[] stored =
                http.bytes("/portal/heritage/photos/" + id + ".jpg", null).body();
        String raw = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(stored[0] & 0xff).isEqualTo(0xFF);
        assertThat(stored[1] & 0xff).isEqualTo(0xD8);
        assertThat(raw).doesNotContain("VI-TRI-BI-MAT").doesNotContain("GPS").doesNotContain("Exif");
        heritage.deletePhoto(id);

        assertThatThrownBy(() -> heritage.addPhoto(site.id(), "Không phải ảnh", "xin chào".getBytes()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("không phải ảnh");
        assertThatThrownBy(() -> heritage.addPhoto(hiddenSite.id(), "Ảnh", out.toByteArray()))
                .isInstanceOf(vn.toancanh.shared.NotFoundException.class);
    }

    @Test
    void reportsArePublishedOnlyWhenEveryFigureIsPublic() {
        String secret = "BC-PT-" + f.p.replace("-", "");
        templates.create(new ReportTemplateInput(
                secret,
                "Báo cáo có số liệu nội bộ",
                "YEARLY",
                "312",
                null,
                List.of(),
                true,
                List.of(TemplateBlock.text("Thu chi", "Kinh phí {{" + f.internalItem + "}} triệu đồng"))));
        assertThatThrownBy(() -> published.publish(secret))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(f.internalItem);

        var entry = templates.generate("BC-CONGKHAI-NAM", "2025");
        String home = http.page("/portal", null).body();
        assertThat(home).contains("/portal/reports/" + entry.id() + ".pdf");
        HttpResponse<byte[]> pdf = http.bytes("/portal/reports/" + entry.id() + ".pdf", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");

        var other = templates.generate(secret, "2025");
        assertThat(http.bytes("/portal/reports/" + other.id() + ".pdf", null).statusCode())
                .isEqualTo(404);
        assertThat(http.page("/portal", null).body()).doesNotContain("/portal/reports/" + other.id() + ".pdf");
    }

    @Test
    void badParametersGetClearErrors() {
        HttpResponse<String> page = http.json("GET", "/portal/api/datasets?page=abc", null, null);
        assertThat(page.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(page.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:toancanh:problem:invalid-input");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("page");

        String longQuery = "a".repeat(101);
        assertThat(http.json("GET", "/portal/api/datasets?q=" + longQuery, null, null)
                        .body())
                .contains("\"field\":\"q\"");
        HttpResponse<String> html = http.page("/portal/data?q=" + longQuery, null);
        assertThat(html.statusCode()).isEqualTo(400);
        assertThat(html.body()).contains("Từ khoá tìm kiếm dài quá 100 ký tự").contains("portal-a11y");

        HttpResponse<String> year = http.json("GET", "/portal/data/" + f.publicGroup + ".csv?year=20x5", null, null);
        assertThat(year.statusCode()).isEqualTo(400);
        assertThat(year.body()).contains("\"field\":\"year\"");
        assertThat(http.json("GET", "/portal/api/datasets/" + "x".repeat(80), null, null)
                        .body())
                .contains("\"field\":\"code\"");
        assertThat(http.page("/portal/heritage/abc", null).statusCode()).isEqualTo(400);
        assertThat(http.page("/portal/topics/khong-co", null).statusCode()).isEqualTo(404);
    }

    @Test
    void qrCodesAreRateLimitedPerClient() {
        var site = heritage.list().get(1);
        assertThat(http.json("GET", "/portal/heritage/" + site.id() + "/qr.png?size=5000", null, null)
                        .statusCode())
                .isIn(400, 429);
        HttpResponse<String> last = null;
        for (int i = 0; i < 8; i++) {
            last = http.json("GET", "/portal/heritage/" + site.id() + "/qr.png?size=200", null, null);
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).contains("60");
        assertThat(json.readTree(last.body()).get("type").asString())
                .isEqualTo("urn:toancanh:problem:too-many-requests");
    }

    private static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(source)))
                .getText();
    }
}
