package vn.toancanh.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.exchange.internal.ClientInput;
import vn.toancanh.exchange.internal.ClientService;
import vn.toancanh.exchange.internal.KeyInput;
import vn.toancanh.identity.TestHttp;

/**
 * A DHIS2 pushing to us with its aggregate data exchange (target EXTERNAL, our address as its URL, one of our write
 * keys as its access token): the request exactly as its client sends it is imported, within the key's unit only, and
 * an id scheme we cannot honour is refused before anything is read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Dhis2PushIntegrationTests {

    /** What DHIS2 2.40+ appends for a target request with idScheme CODE (lower case, importStrategy left empty). */
    static final String ADE_QUERY = "?dataElementIdScheme=code&orgUnitIdScheme=code&categoryOptionComboIdScheme=code"
            + "&attributeOptionComboIdScheme=code&importStrategy&skipAudit=false&dryRun=false";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClientService clients;

    TestHttp http;
    ExchangeFixture f;
    String key;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
        f = new ExchangeFixture(jdbc);
        long client = clients.create(new ClientInput(
                "DHIS2 Sở Y tế " + f.p, "Sở Y tế", null, null, null, "Trao đổi dữ liệu tổng hợp", true));
        key = clients.issue(client, new KeyInput(true, true, "", f.code("C1"), List.of("DATA_VALUES"), null, 1000))
                .key();
    }

    @Test
    void anAggregateDataExchangePushIsImportedAsDhis2SendsIt() {
        HttpResponse<String> response = push(ADE_QUERY, "ApiToken " + key, body("C1", "42"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"SUCCESS\"").contains("\"imported\":1");
        assertThat(stored()).containsExactly(f.code("A1") + "|" + f.code("C1") + "|202611|42");

        HttpResponse<String> older = push("?idScheme=CODE", "ApiToken " + key, body("C1", "43"));
        assertThat(older.statusCode()).as(older.body()).isEqualTo(200);
        assertThat(stored()).containsExactly(f.code("A1") + "|" + f.code("C1") + "|202611|43");
    }

    @Test
    void aResetBeforeTheExchangeDeletesTheValue() {
        assertThat(push(ADE_QUERY, "ApiToken " + key, body("C1", "42")).statusCode())
                .isEqualTo(200);
        String reset = """
                {"dataValues":[{"dataElement":"%s","period":"202611","orgUnit":"%s","value":null,
                 "comment":"Deleted by ADEX","deleted":true}]}""".formatted(f.code("A1"), f.code("C1"));

        HttpResponse<String> response = push(ADE_QUERY, "ApiToken " + key, reset);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"deleted\":1");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aKeyOutsideItsUnitIsRefusedAndNothingWritten() {
        HttpResponse<String> response = push(ADE_QUERY, "ApiToken " + key, body("C2", "7"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(response.body()).contains("\"status\":\"ERROR\"").contains(f.code("C2"));
        assertThat(stored()).isEmpty();
        assertThat(push(ADE_QUERY, "ApiToken tcx_not-a-real-key", body("C1", "7"))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void anIdSchemeWeCannotHonourIsAClearProblem() {
        HttpResponse<String> attribute =
                push("?dataElementIdScheme=ATTRIBUTE:Zx7OEgwd9Ne", "ApiToken " + key, body("C1", "1"));
        assertThat(attribute.statusCode()).isEqualTo(400);
        assertThat(attribute.body())
                .contains("urn:toancanh:problem:invalid-input")
                .contains("\"field\":\"dataElementIdScheme\"")
                .contains("ATTRIBUTE:Zx7OEgwd9Ne");

        HttpResponse<String> mixed =
                push("?dataElementIdScheme=CODE&orgUnitIdScheme=UID", "ApiToken " + key, body("C1", "1"));
        assertThat(mixed.statusCode()).isEqualTo(400);
        assertThat(mixed.body()).contains("cùng một giá trị");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aValueOfAnotherAttributeOptionComboIsRefusedNotAddedToTheTotal() {
        HttpResponse<String> funded = push(
                "?idScheme=CODE",
                "ApiToken " + key,
                body("C1", "5")
                        .replace("\"attributeOptionCombo\":\"default\"", "\"attributeOptionCombo\":\"NGUON-ODA\""));
        assertThat(funded.statusCode()).as(funded.body()).isEqualTo(400);
        assertThat(funded.body()).contains("dataValues[0].attributeOptionCombo", "NGUON-ODA");
        assertThat(stored()).isEmpty();
    }

    private HttpResponse<String> push(String query, String authorization, String body) {
        return http.json("POST", "/api/dataValueSets" + query, authorization, body);
    }

    /** A data value set as DHIS2's exchange exports it from analytics, with its extra fields. */
    private String body(String unit, String value) {
        return """
                {"dataValues":[{"dataElement":"%s","period":"202611","orgUnit":"%s","categoryOptionCombo":"default",
                 "attributeOptionCombo":"default","value":"%s","storedBy":"admin","created":"2026-12-01T00:00:00.000",
                 "lastUpdated":"2026-12-01T00:00:00.000","followup":false}]}""".formatted(f.code("A1"), f.code(unit), value);
    }

    private List<String> stored() {
        return jdbc.sql("""
                SELECT i.code || '|' || u.code || '|' || p.iso || '|' || v.value
                FROM data_value v JOIN data_item i ON i.id = v.item_id JOIN org_unit u ON u.id = v.unit_id
                JOIN period p ON p.id = v.period_id WHERE i.code LIKE :p""").param("p", f.p + "%").query(String.class).list();
    }
}
