package vn.toancanh.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.catalog.IndicatorExpression.Operand;
import vn.toancanh.catalog.IndicatorExpression.Shift;

/** Indicators and targets over HTTP: the demo set, validation as problem details, who may write, target upserts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@RecordApplicationEvents
class IndicatorApiIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JsonMapper json;

    @Autowired
    CatalogService catalog;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void users() {
        CatalogTestUsers.ensure(jdbc, encoder);
    }

    TestRestTemplate admin() {
        return rest.withBasicAuth(CatalogTestUsers.ADMIN, CatalogTestUsers.PASSWORD);
    }

    TestRestTemplate leader() {
        return rest.withBasicAuth(CatalogTestUsers.LEADER, CatalogTestUsers.PASSWORD);
    }

    TestRestTemplate viewer() {
        return rest.withBasicAuth(CatalogTestUsers.VIEWER, CatalogTestUsers.PASSWORD);
    }

    JsonNode get(TestRestTemplate client, String url) {
        ResponseEntity<String> response = client.getForEntity(url, String.class);
        assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    static Map<String, Object> indicator(String code, String expression) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Tỷ lệ hồ sơ thanh toán trực tuyến trên hồ sơ tiếp nhận");
        body.put("expression", expression);
        body.put("unitOfMeasure", "%");
        body.put("sectorCode", "HC-TTHC");
        return body;
    }

    @Test
    void demoIndicatorsAreListedSearchedAndEveryFormulaUsesExistingNumericItems() {
        List<IndicatorView> all = catalog.indicators();
        assertThat(all).hasSizeBetween(10, 20);
        assertThat(all.stream().map(IndicatorView::sectorCode).map(s -> s.substring(0, 2)))
                .contains("KT", "XH", "HC", "NC");
        for (IndicatorView indicator : all) {
            for (Operand operand : indicator.parsedExpression().operands()) {
                DataItemView item = catalog.getItemByCode(operand.itemCode());
                assertThat(item.valueType().isNumeric()).as(indicator.code()).isTrue();
            }
        }
        assertThat(all.stream()
                        .flatMap(i -> i.parsedExpression().operands().stream())
                        .map(Operand::shift))
                .contains(Shift.YEAR_TO_DATE, Shift.PREVIOUS);

        JsonNode page = get(viewer(), "/api/indicators?q=ho so truc tuyen&pageSize=5");
        assertThat(page.get("items").findValuesAsString("code")).contains("IND-HS-TRUCTUYEN");
        JsonNode byItem = get(viewer(), "/api/indicators?q=HC-TTHC-01-002");
        assertThat(byItem.get("items").findValuesAsString("code")).contains("IND-HS-TRUCTUYEN");
        JsonNode sorted = get(viewer(), "/api/indicators?sort=-code&pageSize=3&page=2");
        assertThat(sorted.get("items").findValuesAsString("code"))
                .hasSize(3)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        JsonNode one = get(viewer(), "/api/indicators/IND-HS-TRUCTUYEN");
        assertThat(one.get("expression").asString()).isEqualTo("#{HC-TTHC-01-003} / #{HC-TTHC-01-002} * 100");
        assertThat(viewer().getForEntity("/api/indicators/NO-SUCH", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void adminCreatesAndUpdatesIndicatorsOthersMayNot() {
        Map<String, Object> body = indicator("TEST-IND-001", "#{HC-TTHC-03-004}/#{HC-TTHC-01-002}*100");
        assertThat(viewer().postForEntity("/api/indicators", body, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(leader().postForEntity("/api/indicators", body, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/indicators", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> created = admin().postForEntity("/api/indicators", body, String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode view = json.readTree(created.getBody());
        assertThat(view.get("expression").asString()).isEqualTo("#{HC-TTHC-03-004} / #{HC-TTHC-01-002} * 100");
        assertThat(view.get("decimals").asInt()).isEqualTo(1);
        assertThat(view.get("sharing").asString()).isEqualTo("INTERNAL");
        assertThat(view.get("sectorCode").asString()).isEqualTo("HC-TTHC");

        ResponseEntity<String> duplicate = admin().postForEntity("/api/indicators", body, String.class);
        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<String> itemCode =
                admin().postForEntity("/api/indicators", indicator("HC-TTHC-01-002", "1"), String.class);
        assertThat(itemCode.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(itemCode.getBody()).at("/errors/0/field").asString())
                .isEqualTo("code");

        body.put("expression", "round(#{HC-TTHC-03-004} / #{HC-TTHC-01-002} * 100, 1)");
        body.put("decimals", 0);
        ResponseEntity<String> updated =
                admin().exchange("/api/indicators/TEST-IND-001", HttpMethod.PUT, new HttpEntity<>(body), String.class);
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(updated.getBody()).get("decimals").asInt()).isZero();
        assertThat(admin().exchange("/api/indicators/NO-SUCH", HttpMethod.PUT, new HttpEntity<>(body), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'indicator' AND entity_key = ?")
                        .param("TEST-IND-001")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void invalidIndicatorsAreProblemsWithFieldAndReason() {
        Map<String, Object> body = indicator("TEST-IND-002", "(#{HC-TTHC-01-003} + 1");
        body.put("name", "");
        body.put("sectorCode", "NOPE");
        ResponseEntity<String> response = admin().postForEntity("/api/indicators", body, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asString()).isEqualTo("urn:toancanh:problem:invalid-input");
        assertThat(problem.get("title").asString()).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(problem.get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "expression", "sectorCode");
        assertThat(problem.get("errors").findValuesAsString("reason"))
                .contains("Biểu thức sai ở vị trí 23: thiếu dấu ')'", "Tên chỉ số không được để trống");

        Map<String, Object> unknown = indicator(
                "TEST-IND-003",
                "#{NO-SUCH-ITEM} + #{HC-TTHC-01-002.SEX_F} + #{XH-LDTBXH-01-001.SEX_M} + #{KT-NN-05-004}"
                        + " + #{XH-LDTBXH-01-001.NOPE}");
        JsonNode reasons = json.readTree(admin().postForEntity("/api/indicators", unknown, String.class)
                        .getBody())
                .get("errors");
        assertThat(reasons.findValuesAsString("field")).containsOnly("expression");
        assertThat(reasons.findValuesAsString("reason"))
                .containsExactly(
                        "Không tìm thấy chỉ tiêu 'NO-SUCH-ITEM' dùng trong biểu thức",
                        "Phân tổ 'SEX_F' không thuộc chỉ tiêu 'HC-TTHC-01-002'",
                        "Phân tổ 'SEX_M' không thuộc chỉ tiêu 'XH-LDTBXH-01-001'",
                        "Chỉ tiêu 'KT-NN-05-004' có kiểu Ngày, không dùng được trong biểu thức"
                                + " (chỉ dùng kiểu số, tỷ lệ %, có/không)",
                        "Không tìm thấy phân tổ 'NOPE' dùng trong biểu thức");
    }

    @Test
    void targetsAreUpsertedByItemOrIndicatorUnitAndYear() {
        Map<String, Object> target = new HashMap<>(Map.of(
                "dxCode", "IND-HS-DUNGHAN", "unitCode", "11584", "year", 2026, "value", 95, "note", "Nghị quyết"));
        assertThat(viewer().exchange("/api/targets", HttpMethod.PUT, new HttpEntity<>(target), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> first =
                leader().exchange("/api/targets", HttpMethod.PUT, new HttpEntity<>(target), String.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode saved = json.readTree(first.getBody());
        assertThat(saved.get("unitCode").asString()).isEqualTo("11584");
        assertThat(saved.get("direction").asString()).isEqualTo("AT_LEAST");

        target.put("value", 97.5);
        target.put("direction", "AT_LEAST");
        JsonNode again =
                json.readTree(admin().exchange("/api/targets", HttpMethod.PUT, new HttpEntity<>(target), String.class)
                        .getBody());
        assertThat(again.get("id").asLong()).isEqualTo(saved.get("id").asLong());
        assertThat(again.get("value").asDouble()).isEqualTo(97.5);
        Map<String, Object> item = Map.of(
                "dxCode", "NC-ANTT-03-001", "unitCode", "11584", "year", 2026, "value", 3, "direction", "AT_MOST");
        assertThat(admin().exchange("/api/targets", HttpMethod.PUT, new HttpEntity<>(item), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        JsonNode list = get(viewer(), "/api/targets?dx=IND-HS-DUNGHAN,NC-ANTT-03-001&year=2026&orgUnit=11584");
        assertThat(list.findValuesAsString("dxCode")).containsExactly("IND-HS-DUNGHAN", "NC-ANTT-03-001");
        assertThat(list.get(0).get("value").asDouble()).isEqualTo(97.5);
        assertThat(list.get(1).get("direction").asString()).isEqualTo("AT_MOST");
        assertThat(get(viewer(), "/api/targets?dx=IND-HS-DUNGHAN&year=2025")).isEmpty();
        assertThat(viewer().getForEntity("/api/targets?orgUnit=NOPE", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        long id = saved.get("id").asLong();
        assertThat(viewer().exchange("/api/targets/" + id, HttpMethod.DELETE, null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(leader().exchange("/api/targets/" + id, HttpMethod.DELETE, null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(leader().exchange("/api/targets/" + id, HttpMethod.DELETE, null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(viewer(), "/api/targets?dx=IND-HS-DUNGHAN&year=2026")).isEmpty();
    }

    @Test
    void invalidTargetsAreProblemsWithFieldAndReason() {
        Map<String, Object> target = Map.of("dxCode", "NO-SUCH", "unitCode", "NOPE", "year", 1990);
        ResponseEntity<String> response =
                admin().exchange("/api/targets", HttpMethod.PUT, new HttpEntity<>(target), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = json.readTree(response.getBody()).get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder("dxCode", "unitCode", "year", "value");
        assertThat(errors.findValuesAsString("reason"))
                .contains(
                        "Không tìm thấy chỉ tiêu hoặc chỉ số 'NO-SUCH'",
                        "Không tìm thấy đơn vị 'NOPE'",
                        "Năm phải từ 2000 đến 2100",
                        "Phải nhập giá trị mục tiêu");
    }

    @Test
    void everyCatalogWritePublishesCatalogChanged() {
        catalog.createIndicator(new IndicatorInput(
                "TEST-IND-EVT",
                "Số hồ sơ trực tuyến gấp đôi",
                null,
                null,
                "#{HC-TTHC-01-003} * 2",
                null,
                null,
                null,
                null,
                null));
        DataItemDetailView item = catalog.getItemDetail("KT-TCKH-06-001");
        catalog.updateItem("KT-TCKH-06-001", item.toInput());
        DataGroupDetailView group = catalog.getGroupDetail("KT-TCKH-06");
        catalog.updateGroup(
                "KT-TCKH-06",
                new DataGroupInput(
                        group.group().code(),
                        group.group().name(),
                        group.group().nameEn(),
                        group.description(),
                        group.group().sectorCode(),
                        group.ownerUnitCode(),
                        group.reportingUnitCodes(),
                        group.group().periodType(),
                        group.group().sharing()));
        TargetView target =
                catalog.saveTarget(new TargetInput("TEST-IND-EVT", "312", 2027, 10.0, TargetDirection.AT_MOST, null));
        catalog.deleteTarget(target.id());

        assertThat(events.stream(CatalogChanged.class))
                .containsExactly(
                        new CatalogChanged(CatalogChanged.INDICATOR, Set.of("TEST-IND-EVT")),
                        new CatalogChanged(CatalogChanged.ITEM, Set.of("KT-TCKH-06-001")),
                        new CatalogChanged(CatalogChanged.GROUP, Set.of("KT-TCKH-06")),
                        new CatalogChanged(CatalogChanged.TARGET, Set.of("TEST-IND-EVT")),
                        new CatalogChanged(CatalogChanged.TARGET, Set.of("TEST-IND-EVT")));
        assertThat(catalog.targets(List.of("TEST-IND-EVT"), null)).isEmpty();
    }
}
