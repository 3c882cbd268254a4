package vn.toancanh.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An item's source records link over the API: kept and returned, and only a path of this application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class SourceLinkApiIntegrationTests {

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

    Map<String, Object> item(String code, String link) {
        String group = jdbc.sql("SELECT code FROM data_group ORDER BY id LIMIT 1")
                .query(String.class)
                .single();
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Số hồ sơ thử liên kết");
        body.put("groupCode", group);
        body.put("valueType", "INTEGER");
        body.put("aggregationType", "SUM");
        body.put("timeAggregationType", "SUM");
        body.put("periodType", "MONTHLY");
        body.put("sharing", "INTERNAL");
        body.put("sourceLink", link);
        return body;
    }

    @Test
    void keepsAndReturnsTheLink() {
        String link = "/records?type=BTXH&unit={unit}&period={period}";
        ResponseEntity<String> created =
                admin().postForEntity("/api/dataItems", item("SL-TEST-OK", link), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);

        JsonNode got = json.readTree(
                admin().getForEntity("/api/dataItems/SL-TEST-OK", String.class).getBody());
        assertThat(got.path("item").path("sourceLink").asString()).isEqualTo(link);
    }

    @Test
    void rejectsALinkOutOfTheApplication() {
        for (String link : new String[] {"https://example.com/records", "//example.com/x", "records?type=BTXH"}) {
            ResponseEntity<String> response =
                    admin().postForEntity("/api/dataItems", item("SL-TEST-BAD", link), String.class);
            assertThat(response.getStatusCode()).as(link).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).as(link).contains("sourceLink");
        }
        assertThat(admin().getForEntity("/api/dataItems/SL-TEST-BAD", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
