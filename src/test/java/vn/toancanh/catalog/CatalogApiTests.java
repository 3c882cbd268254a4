package vn.toancanh.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The catalog's JSON API over HTTP: content, paging, problem details, and who may write. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class CatalogApiTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void users() {
        CatalogTestUsers.ensure(jdbc, encoder);
    }

    TestRestTemplate admin() {
        return rest.withBasicAuth(CatalogTestUsers.ADMIN, CatalogTestUsers.PASSWORD);
    }

    TestRestTemplate viewer() {
        return rest.withBasicAuth(CatalogTestUsers.VIEWER, CatalogTestUsers.PASSWORD);
    }

    JsonNode get(TestRestTemplate client, String url) {
        ResponseEntity<String> response = client.getForEntity(url, String.class);
        assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    @Test
    void listsSearchesAndPagesItems() {
        JsonNode page = get(viewer(), "/api/dataItems?q=dan so&pageSize=5&sort=code");
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("pageSize").asInt()).isEqualTo(5);
        assertThat(page.get("items").findValuesAsString("name")).contains("Dân số trung bình");

        JsonNode filtered = get(viewer(), "/api/dataItems?group=HC-TTHC-01&valueType=PERCENTAGE&page=1&sort=code");
        assertThat(filtered.get("total").asInt()).isEqualTo(2);
        JsonNode item = filtered.get("items").get(0);
        assertThat(item.get("code").asString()).isEqualTo("HC-TTHC-01-001");
        assertThat(item.get("valueType").asString()).isEqualTo("PERCENTAGE");
        assertThat(item.get("maxValue").asInt()).isEqualTo(100);

        JsonNode second = get(viewer(), "/api/dataItems?domain=NC&pageSize=10&page=2&sort=-code");
        assertThat(second.get("total").asInt()).isGreaterThanOrEqualTo(135);
        List<String> codes = second.get("items").findValuesAsString("code");
        assertThat(codes).hasSize(10).allMatch(c -> c.startsWith("NC-"));
        assertThat(codes).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void readsOneItemGroupDomainsAndCombos() {
        JsonNode item = get(viewer(), "/api/dataItems/XH-LDTBXH-01-001");
        assertThat(item.at("/item/name").asString()).isEqualTo("Dân số trung bình");
        assertThat(item.at("/categoryComboCode").asString()).isEqualTo("SEX_AREA");
        assertThat(item.at("/ownerUnitCode").asString()).isEqualTo("312-TK");

        JsonNode group = get(viewer(), "/api/dataGroups/KT-TCKH-03");
        assertThat(group.at("/group/name").asString()).isEqualTo("Đầu tư công và giải ngân");
        assertThat(group.at("/itemCount").asInt()).isEqualTo(5);
        assertThat(group.at("/reportingUnitCodes").size()).isEqualTo(1);

        JsonNode groups = get(viewer(), "/api/dataGroups?sector=XH-YT&pageSize=100");
        assertThat(groups.get("total").asInt()).isGreaterThanOrEqualTo(6);

        JsonNode domains = get(viewer(), "/api/domains");
        assertThat(domains.findValuesAsString("code")).contains("KT", "XH", "HC", "NC", "NC-TPTHA");
        assertThat(domains.get(0).get("sectors").size()).isEqualTo(5);

        JsonNode combo = get(viewer(), "/api/categoryCombos/SEX_AREA");
        assertThat(combo.get("optionCombos").findValuesAsString("code"))
                .containsExactly("SEX_AREA_M_U", "SEX_AREA_M_R", "SEX_AREA_F_U", "SEX_AREA_F_R");
        assertThat(get(viewer(), "/api/categoryCombos").findValuesAsString("code"))
                .contains("default", "SEX");
    }

    @Test
    void adminCreatesAndUpdatesViewerMayNot() {
        Map<String, Object> body = Map.of(
                "code",
                "TEST-API-001",
                "name",
                "Số hộ dùng điện mặt trời",
                "groupCode",
                "KT-KTHT-05",
                "valueType",
                "INTEGER",
                "aggregationType",
                "SUM",
                "timeAggregationType",
                "LAST",
                "periodType",
                "QUARTERLY",
                "sharing",
                "PUBLIC",
                "active",
                true,
                "minValue",
                0);
        assertThat(viewer().postForEntity("/api/dataItems", body, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> created = admin().postForEntity("/api/dataItems", body, String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(created.getBody()).at("/ownerUnitCode").asString())
                .isEqualTo("312-KTHT");

        ResponseEntity<String> duplicate = admin().postForEntity("/api/dataItems", body, String.class);
        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(duplicate.getBody()).get("type").asString())
                .isEqualTo("urn:toancanh:problem:conflict");

        Map<String, Object> changed = new java.util.HashMap<>(body);
        changed.put("name", "Số hộ lắp điện mặt trời mái nhà");
        ResponseEntity<String> updated = admin().exchange(
                        "/api/dataItems/TEST-API-001", HttpMethod.PUT, new HttpEntity<>(changed), String.class);
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(viewer(), "/api/dataItems?q=mai nha").get("total").asInt())
                .isEqualTo(1);

        assertThat(admin().exchange("/api/dataItems/NO-SUCH", HttpMethod.PUT, new HttpEntity<>(changed), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> missing = viewer().getForEntity("/api/dataItems/NO-SUCH", String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(missing.getBody()).get("detail").asString())
                .isEqualTo("Không tìm thấy chỉ tiêu 'NO-SUCH'");
    }

    @Test
    void invalidInputIsAProblemWithEveryField() {
        Map<String, Object> body = Map.of(
                "code",
                "TEST-API-002",
                "name",
                "Ghi chú tình hình",
                "groupCode",
                "KT-KTHT-05",
                "valueType",
                "TEXT",
                "aggregationType",
                "SUM",
                "timeAggregationType",
                "NONE",
                "periodType",
                "MONTHLY",
                "sharing",
                "INTERNAL",
                "ownerUnitCode",
                "NOPE");
        ResponseEntity<String> response = admin().postForEntity("/api/dataItems", body, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asString()).isEqualTo("urn:toancanh:problem:invalid-input");
        assertThat(problem.get("title").asString()).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(problem.get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("aggregationType", "ownerUnitCode");
        assertThat(problem.get("errors").findValuesAsString("reason")).contains("Không tìm thấy đơn vị 'NOPE'");

        ResponseEntity<String> blank = admin().postForEntity("/api/dataItems", Map.of("code", ""), String.class);
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(blank.getBody()).get("errors").findValuesAsString("reason"))
                .contains("Mã chỉ tiêu không được để trống", "Phải chọn kiểu giá trị");
    }

    @Test
    void importRejectsBadFilesWithRowProblemsAndExportsFiles() {
        String csv = "code,name,group,value_type,aggregation_type\n"
                + "TEST-API-101,Số điểm wifi,KT-KTHT-06,INTEGER,SUM\n"
                + "TEST-API-102,Sai,KT-KTHT-06,INTEGER,TOTAL\n";
        ResponseEntity<String> rejected = upload(csv);
        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(rejected.getBody());
        assertThat(problem.at("/errors/0/row").asInt()).isEqualTo(3);
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("aggregation_type");
        assertThat(problem.at("/errors/0/reason").asString()).startsWith("Giá trị 'TOTAL' không hợp lệ");
        assertThat(get(viewer(), "/api/dataItems?q=TEST-API-101").get("total").asInt())
                .isZero();

        ResponseEntity<String> applied = upload(csv.replace("TOTAL", "SUM"));
        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(applied.getBody()).get("created").asInt()).isEqualTo(2);

        ResponseEntity<byte[]> export =
                viewer().getForEntity("/api/catalog/export?format=xlsx&group=KT-KTHT-06", byte[].class);
        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(export.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("danh-muc-chi-tieu-KT-KTHT-06.xlsx");
        assertThat(export.getBody()).startsWith((byte) 'P', (byte) 'K');
        ResponseEntity<String> csvExport =
                viewer().getForEntity("/api/catalog/export?format=csv&group=KT-KTHT-06", String.class);
        assertThat(csvExport.getBody()).contains("TEST-API-102,Sai,");
        assertThat(viewer().getForEntity("/api/catalog/export?format=pdf", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.getForEntity("/api/dataItems", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<String> upload(String csv) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "items.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return admin().postForEntity("/api/catalog/import", new HttpEntity<>(parts, headers), String.class);
    }
}
