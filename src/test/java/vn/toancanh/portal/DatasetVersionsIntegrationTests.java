package vn.toancanh.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.portal.internal.DatasetVersions;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.support.Axe;
import vn.toancanh.support.Browser;

/**
 * Frozen dataset versions on a fixture of our own, as one journey: an admin publishes v1 (a leader may not; it is
 * audited), the monthly job makes no version while nothing changed and v2 once a value did, v1's files stay the same
 * bytes, their ETag is the checksum, the DCAT catalog lists both versions, unknown versions and groups that are not
 * (or no longer) public are 404s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {
            "toancanh.public.rate-limits.portal-data=1000",
            "toancanh.portal.public-url=https://congdan.example.gov.vn/"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetVersionsIntegrationTests {

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
    DatasetVersions versions;

    @Autowired
    UserAdminService users;

    PortalFixture f;
    TestHttp http;
    String admin;
    String leader;

    @BeforeAll
    void setUp() {
        f = new PortalFixture(jdbc, values, analytics);
        http = new TestHttp(port);
        TestUsers.ensure(users, jdbc, "versions.admin", Role.ADMIN, null);
        TestUsers.ensure(users, jdbc, "versions.leader", Role.LEADER, null);
        admin = TestHttp.basic("versions.admin", TestUsers.PASSWORD);
        leader = TestHttp.basic("versions.leader", TestUsers.PASSWORD);
    }

    @Test
    void versionsAreFrozenNumberedAndListedWithTheirChecksums() throws Exception {
        String publish = "/admin/portal/datasets/" + f.publicGroup + "/versions";
        assertThat(http.form(publish, leader, Map.of("note", "Không được")).statusCode())
                .isEqualTo(403);
        assertThat(versions.latest(f.publicGroup)).isEmpty();

        HttpResponse<String> published = http.form(publish, admin, Map.of("note", "Số liệu năm 2024 và 2025"));
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(published.headers().firstValue("Location").orElse("")).endsWith("/admin/portal#versions");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_log WHERE username = 'versions.admin' AND action = 'PUBLISH'
                           AND entity_type = 'portal_dataset_version' AND entity_key = :k""")
                        .param("k", f.publicGroup + " v1")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var v1 = versions.latest(f.publicGroup).orElseThrow();
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.rowCount()).isEqualTo(2);

        HttpResponse<byte[]> csv1 = http.bytes("/portal/data/" + f.publicGroup + "/v1.csv", null);
        assertThat(csv1.statusCode()).isEqualTo(200);
        assertThat(sha256(csv1.body())).isEqualTo(v1.sha256());
        assertThat(csv1.headers().firstValue("ETag")).contains('"' + v1.sha256() + '"');
        assertThat(csv1.headers().firstValue("Cache-Control").orElse(""))
                .contains("max-age=31536000")
                .contains("immutable");
        assertThat(csv1.headers().firstValue("Content-Disposition").orElse("")).contains(f.publicGroup + "-v1.csv");
        String text = new String(csv1.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFitem_code,").contains(",135.5,").doesNotContain(f.internalItem);
        assertThat(ifNoneMatch("/portal/data/" + f.publicGroup + "/v1.csv", '"' + v1.sha256() + '"'))
                .isEqualTo(304);
        byte[] json1 =
                http.bytes("/portal/data/" + f.publicGroup + "/v1.json", null).body();

        // the monthly job: nothing changed, so no new version; an admin cannot make a duplicate either
        versions.publishChanged(null);
        assertThat(versions.latest(f.publicGroup).orElseThrow().version()).isEqualTo(1);
        assertThatThrownBy(() -> versions.publish(f.publicGroup, null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("chưa thay đổi");

        write("2025", "140");
        versions.publishChanged("Phiên bản định kỳ hằng tháng");
        var v2 = versions.latest(f.publicGroup).orElseThrow();
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.sha256()).isNotEqualTo(v1.sha256());
        assertThat(new String(
                        http.bytes("/portal/data/" + f.publicGroup + "/v2.csv", null)
                                .body(),
                        StandardCharsets.UTF_8))
                .contains(",140,")
                .doesNotContain(",135.5,");

        // v1 stays exactly what it was; the unversioned address keeps meaning "the latest values"
        assertThat(http.bytes("/portal/data/" + f.publicGroup + "/v1.csv", null).body())
                .isEqualTo(csv1.body());
        assertThat(http.bytes("/portal/data/" + f.publicGroup + "/v1.json", null)
                        .body())
                .isEqualTo(json1);
        assertThat(new String(
                        http.bytes("/portal/data/" + f.publicGroup + ".csv", null)
                                .body(),
                        StandardCharsets.UTF_8))
                .contains(",140,");
        JsonNode v1Json = json.readTree(json1);
        assertThat(v1Json.get("version").asInt()).isEqualTo(1);
        assertThat(v1Json.get("csv_sha256").asString()).isEqualTo(v1.sha256());
        assertThat(v1Json.get("note").asString()).isEqualTo("Số liệu năm 2024 và 2025");
        assertThat(List.of(
                        v1Json.get("values").get(0).get("value").asDouble(),
                        v1Json.get("values").get(1).get("value").asDouble()))
                .containsExactlyInAnyOrder(120.0, 135.5);
        HttpResponse<byte[]> xlsx = http.bytes("/portal/data/" + f.publicGroup + "/v1.xlsx", null);
        assertThat(xlsx.headers().firstValue("ETag")).contains("W/\"" + v1.sha256() + '"');
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("phiên bản 1");
            assertThat(List.of(
                            sheet.getRow(4).getCell(7).getNumericCellValue(),
                            sheet.getRow(5).getCell(7).getNumericCellValue()))
                    .containsExactlyInAnyOrder(120.0, 135.5);
        }

        JsonNode list =
                json.readTree(http.json("GET", "/portal/api/datasets/" + f.publicGroup + "/versions", null, null)
                        .body());
        assertThat(list.get("total").asLong()).isEqualTo(2);
        assertThat(list.get("items").get(0).get("version").asInt()).isEqualTo(2);
        assertThat(list.get("items").get(1).get("sha256").asString()).isEqualTo(v1.sha256());
        assertThat(list.get("items").get(1).get("links").get("csv").asString())
                .isEqualTo(BASE + "/portal/data/" + f.publicGroup + "/v1.csv");
        assertThat(list.get("items").get(1).has("publishedBy")).isFalse();
        JsonNode one =
                json.readTree(http.json("GET", "/portal/api/datasets/" + f.publicGroup + "/versions/1", null, null)
                        .body());
        assertThat(one.get("note").asString()).isEqualTo("Số liệu năm 2024 và 2025");

        String page =
                http.page("/portal/data/" + f.publicGroup + "/versions", null).body();
        assertThat(page)
                .contains("Phiên bản 2", "Phiên bản 1", v1.sha256(), "Số liệu năm 2024 và 2025")
                .contains("/portal/data/" + f.publicGroup + "/v1.xlsx")
                .containsPattern("\\d{2}/\\d{2}/\\d{4}");
        assertThat(http.page("/portal/data/" + f.publicGroup, null).body())
                .contains("/portal/data/" + f.publicGroup + "/versions")
                .contains("phiên bản 2");

        dcatListsBothVersions(v1.sha256(), v2.sha256());
        try (Browser browser = Browser.open(port)) {
            browser.size(Browser.PHONE).go("/portal/data/" + f.publicGroup + "/versions");
            browser.screenshot("portal-versions-phone");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
        }
        unknownVersionsAndHiddenGroupsAreNotFound();
    }

    @Test
    void theOpenApiDocumentHasTheVersionEndpointsOfTheExamples() throws Exception {
        JsonNode doc =
                json.readTree(http.json("GET", "/v3/api-docs", null, null).body());
        JsonNode examples;
        try (var in = getClass().getResourceAsStream("/openapi/examples/portal-versions.json")) {
            examples = json.readTree(in);
        }
        List<String> operations = new ArrayList<>();
        examples.propertyNames().forEach(operations::add);
        assertThat(operations).isNotEmpty();
        for (String operation : operations) {
            String[] parts = operation.split(" ", 2);
            assertThat(doc.get("paths").get(parts[1])).as(operation).isNotNull();
            assertThat(doc.get("paths").get(parts[1]).get(parts[0].toLowerCase(java.util.Locale.ROOT)))
                    .as(operation)
                    .isNotNull();
        }
    }

    private void dcatListsBothVersions(String sha1, String sha2) {
        JsonNode root =
                json.readTree(http.send("GET", "/portal/data/catalog.jsonld", null, "application/ld+json", null, null)
                        .body());
        assertThat(root.get("@context").get("spdx").asString()).isEqualTo("http://spdx.org/rdf/terms#");
        assertThat(root.get("@context").get("adms").asString()).isEqualTo("http://www.w3.org/ns/adms#");
        JsonNode ours = null;
        for (JsonNode d : root.get("dcat:dataset")) {
            if (d.get("dct:identifier").asString().equals(f.publicGroup)) {
                ours = d;
            }
        }
        assertThat(ours).isNotNull();
        assertThat(ours.get("dcat:version").asString()).isEqualTo("2");
        assertThat(ours.get("owl:versionInfo").asString()).isEqualTo("2");
        assertThat(ours.get("adms:versionNotes").asString()).isEqualTo("Phiên bản định kỳ hằng tháng");
        List<String> checksums = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (JsonNode v : ours.get("dcat:hasVersion")) {
            assertThat(v.get("@type").asString()).isEqualTo("dcat:Dataset");
            assertThat(v.get("dct:issued").get("@value").asString()).isNotBlank();
            for (JsonNode dist : v.get("dcat:distribution")) {
                urls.add(dist.get("dcat:downloadURL").get("@id").asString());
                if (dist.has("spdx:checksum")) {
                    JsonNode checksum = dist.get("spdx:checksum");
                    assertThat(checksum.get("spdx:algorithm").get("@id").asString())
                            .isEqualTo("spdx:checksumAlgorithm_sha256");
                    checksums.add(
                            checksum.get("spdx:checksumValue").get("@value").asString());
                }
            }
        }
        assertThat(checksums).containsExactly(sha2, sha1);
        String data = BASE + "/portal/data/" + f.publicGroup;
        assertThat(urls).contains(data + "/v1.csv", data + "/v1.json", data + "/v1.xlsx", data + "/v2.csv");
    }

    private void unknownVersionsAndHiddenGroupsAreNotFound() {
        HttpResponse<String> missing =
                http.json("GET", "/portal/api/datasets/" + f.publicGroup + "/versions/99", null, null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(missing.body()).get("type").asString()).isEqualTo("urn:toancanh:problem:not-found");
        assertThat(http.bytes("/portal/data/" + f.publicGroup + "/v99.csv", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.json("GET", "/portal/data/" + f.publicGroup + "/v0.csv", null, null)
                        .body())
                .contains("\"field\":\"version\"");
        HttpResponse<String> html = http.page("/portal/data/" + f.internalGroup + "/versions", null);
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.body()).contains("Không tìm thấy").contains("portal-a11y");
        assertThat(http.form("/admin/portal/datasets/" + f.internalGroup + "/versions", admin, Map.of())
                        .statusCode())
                .isEqualTo(404);

        // a group that stops being public takes its versions with it
        jdbc.sql("UPDATE data_group SET sharing = 'INTERNAL' WHERE code = :c")
                .param("c", f.publicGroup)
                .update();
        try {
            assertThat(http.bytes("/portal/data/" + f.publicGroup + "/v1.csv", null)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(http.json("GET", "/portal/api/datasets/" + f.publicGroup + "/versions", null, null)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(http.page("/portal/data/" + f.publicGroup + "/versions", null)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(http.send("GET", "/portal/data/catalog.jsonld", null, "application/ld+json", null, null)
                            .body())
                    .doesNotContain(f.publicGroup);
        } finally {
            jdbc.sql("UPDATE data_group SET sharing = 'PUBLIC' WHERE code = :c")
                    .param("c", f.publicGroup)
                    .update();
        }
    }

    private void write(String period, String value) {
        var summary = values.importValues(
                List.of(new DataValueInput(f.publicItem, period, PortalFixture.COMMUNE, null, value, null)),
                ImportOptions.defaults(ChangeSource.API));
        assertThat(summary.conflicts()).isEmpty();
        analytics.awaitCurrent();
    }

    private int ifNoneMatch(String path, String etag) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("If-None-Match", etag)
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
