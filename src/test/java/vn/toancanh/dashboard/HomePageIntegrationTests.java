package vn.toancanh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The home page shell: the key figures of the four domains as cards whose figures the page fetches as JSON,
 * placeholders for the modules still to come, the active alerts' card, the warnings of unusual figures, links to the domain dashboards, scripts
 * deferred.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class HomePageIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Test
    void showsTheDistrictsKeyFiguresAndWhatIsStillToCome() {
        ResponseEntity<String> page = rest.withBasicAuth("lanhdao", "demo1234").getForEntity("/", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        String html = page.getBody();
        assertThat(html).contains("Xin chào, Nguyễn Văn Lãnh.", "Tổng quan huyện");
        assertThat(html)
                .containsSubsequence(
                        "Thu ngân sách",
                        "Chi ngân sách",
                        "Giá trị sản xuất",
                        "Hồ sơ nộp trực tuyến",
                        "Hồ sơ giải quyết đúng hạn",
                        "Dân số trung bình",
                        "Số trường học",
                        "Lượt khám bệnh",
                        "Vụ án hình sự phát hiện");
        // the figures arrive as JSON: each card names its data item
        assertThat(html).contains("data-dx=\"KT-TCKH-01-001\"", "data-dx=\"XH-LDTBXH-01-001\"");
        // modules that do not exist yet are marked as such
        assertThat(html)
                .contains(
                        "Nhiệm vụ quá hạn",
                        "Văn bản ký số",
                        "Sẽ có khi phân hệ Điều hành hoạt động",
                        "Sẽ có khi phân hệ Phản ánh kiến nghị hoạt động");
        // the rule-based warnings' card (filled by the page from the alerts API), beside the unusual figures
        assertThat(html).containsSubsequence("Cảnh báo đang hiệu lực", "Cảnh báo số liệu bất thường");
        assertThat(html).contains("widget-alerts", "data-source=\"/api/alerts?pageSize=6\"", "/js/alerts-card");
        assertThat(html).contains("data-type=\"WARNINGS\"");
        assertThat(html)
                .contains(
                        "href=\"/dashboards/KT\"",
                        "href=\"/dashboards/XH\"",
                        "href=\"/dashboards/HC\"",
                        "href=\"/dashboards/NC\"");
        assertThat(html).containsPattern("<script defer src=\"/js/dashboard-widgets[^\"]*\\.js\"");
        // a leader reads but does not edit the home dashboard or enter data
        assertThat(html).doesNotContain("href=\"/entry\"", "/dashboards/HOME/edit");
    }

    @Test
    void anAdminMayEditTheHomeDashboard() {
        ResponseEntity<String> page = rest.withBasicAuth("admin", "demo1234").getForEntity("/", String.class);
        assertThat(page.getBody()).contains("/dashboards/HOME/edit");
        ResponseEntity<String> form =
                rest.withBasicAuth("admin", "demo1234").getForEntity("/dashboards/HOME/edit", String.class);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("KT-TCKH-01-001", "PLACEHOLDER");
    }
}
