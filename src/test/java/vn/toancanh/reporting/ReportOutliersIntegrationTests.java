package vn.toancanh.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;

/**
 * The min–max check against history: a commune's usual hundred letters a month, then a month typed with an extra
 * zero — the report page warns about that value (and only that one) with its usual range.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportOutliersIntegrationTests {

    static final String FORM = ReportingApiIntegrationTests.FORM;

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportingService reporting;

    @Autowired
    AnalyticsService analytics;

    @Test
    void aValueFarOutsideItsHistoryIsFlaggedOnTheReport() {
        String unit = reporting.form(FORM).units().get(12).code();
        TestUsers.ensure(users, jdbc, "ol.xa", Role.COMMUNE_OFFICER, unit);
        TestHttp http = new TestHttp(port);
        String auth = TestHttp.basic("ol.xa", TestUsers.PASSWORD);
        List<String> rows = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            rows.add(value("HC-VB-02-002", "2022%02d".formatted(m), unit, 95 + m % 10));
            rows.add(value("HC-VB-02-003", "2022%02d".formatted(m), unit, 60 + m % 7));
        }
        rows.add(value("HC-VB-02-002", "202301", unit, 1010));
        rows.add(value("HC-VB-02-003", "202301", unit, 64));
        HttpResponse<String> written =
                http.json("POST", "/api/dataValueSets", auth, "{\"dataValues\":[" + String.join(",", rows) + "]}");
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        analytics.awaitCurrent();

        HttpResponse<String> page = http.page("/reporting/" + FORM + "/" + unit + "/202301", auth);
        assertThat(page.statusCode()).isEqualTo(200);
        String unusual = page.body().substring(page.body().indexOf("id=\"report-unusual\""));
        unusual = unusual.substring(0, unusual.indexOf("</section>"));
        assertThat(unusual)
                .contains("data-item=\"HC-VB-02-002\"", "Số văn bản đi: 1.010 văn bản, ngoài khoảng thường thấy từ")
                .doesNotContain("HC-VB-02-003");
        // a usual month: no warning
        HttpResponse<String> usual = http.page("/reporting/" + FORM + "/" + unit + "/202212", auth);
        assertThat(usual.body()).doesNotContain("id=\"report-unusual\"");
    }

    private static String value(String item, String period, String unit, int value) {
        return "{\"dataElement\":\"%s\",\"period\":\"%s\",\"orgUnit\":\"%s\",\"value\":\"%d\"}"
                .formatted(item, period, unit, value);
    }
}
