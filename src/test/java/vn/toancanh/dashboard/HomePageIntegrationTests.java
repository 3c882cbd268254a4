package vn.toancanh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The home page counts what the demo hub holds, in Vietnamese number format, and greets the user by name. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class HomePageIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Test
    void showsTheHubsFiguresForTheDemoDistrict() {
        ResponseEntity<String> page = rest.withBasicAuth("lanhdao", "demo1234").getForEntity("/", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        String html = page.getBody();
        assertThat(html).contains("Xin chào, Nguyễn Văn Lãnh.");
        // MINIMAL demo: 16 communes and towns, 12 departments, 7 co-managing units, 112 groups × 5 items
        assertThat(html)
                .containsSubsequence(
                        ">16<",
                        "Xã, phường, thị trấn",
                        ">12<",
                        "Phòng chuyên môn",
                        ">7<",
                        "Đơn vị phối hợp",
                        ">112<",
                        "Nhóm dữ liệu",
                        ">560<",
                        "Chỉ tiêu dữ liệu");
        assertThat(html).contains("Kinh tế", "Xã hội", "Hành chính", "Nội chính", "Tài chính - Kế hoạch");
        // a leader reads but does not enter data
        assertThat(html).doesNotContain("href=\"/entry\"");
    }
}
