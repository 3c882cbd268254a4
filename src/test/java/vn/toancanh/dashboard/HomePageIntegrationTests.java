package vn.toancanh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The home page counts what the demo hub holds, in Vietnamese number format, and greets the user by name. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class HomePageIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsTheHubsFiguresForTheDemoDistrict() {
        ResponseEntity<String> page = rest.withBasicAuth("lanhdao", "demo1234").getForEntity("/", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        String html = page.getBody();
        assertThat(html).contains("Xin chào, Nguyễn Văn Lãnh.");
        // Other tests in this JVM add units and items, so the expected figures are counted here with plain SQL.
        assertThat(html)
                .containsSubsequence(
                        ">" + count("org_unit WHERE kind IN ('COMMUNE','WARD','TOWNSHIP') AND valid_to IS NULL") + "<",
                        "Xã, phường, thị trấn",
                        ">" + count("org_unit WHERE kind = 'DEPARTMENT' AND valid_to IS NULL") + "<",
                        "Phòng chuyên môn",
                        ">" + count("org_unit WHERE kind = 'PARTNER' AND valid_to IS NULL") + "<",
                        "Đơn vị phối hợp",
                        ">" + count("data_group") + "<",
                        "Nhóm dữ liệu",
                        ">" + count("data_item") + "<",
                        "Chỉ tiêu dữ liệu");
        assertThat(html).contains("Kinh tế", "Xã hội", "Hành chính", "Nội chính", "Tài chính - Kế hoạch");
        // a leader reads but does not enter data
        assertThat(html).doesNotContain("href=\"/entry\"");
    }

    /** A row count in Vietnamese digit grouping (1.234), as the page shows it; the demo alone has 16 communes. */
    private String count(String fromWhere) {
        long n = jdbc.sql("SELECT count(*) FROM " + fromWhere).query(Long.class).single();
        assertThat(n).isPositive();
        return String.format(Locale.forLanguageTag("vi-VN"), "%,d", n);
    }
}
