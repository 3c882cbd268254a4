package vn.toancanh.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;

/**
 * The rule editor: an admin writes a rule with a mistake and sees it beside the field, fixes it, finds the rule in
 * the list and turns it off; nobody else may open the editor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ValidationRulePagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ValidationService validation;

    @Test
    void anAdminWritesARuleFixesItsMistakeAndTurnsItOff() {
        TestUsers.ensure(users, jdbc, "vr.admin", Role.ADMIN, null);
        TestUsers.ensure(users, jdbc, "vr.lead", Role.LEADER, null);
        TestHttp http = new TestHttp(port);
        String admin = TestHttp.basic("vr.admin", TestUsers.PASSWORD);

        HttpResponse<String> blank = http.page("/reporting/admin/rules/new", admin);
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("Thêm quy tắc", "cùng có hoặc cùng trống");

        Map<String, String> rule = new java.util.HashMap<>(Map.of(
                "code", "QT-THU-TRANG",
                "name", "Văn bản ký số không quá văn bản đi",
                "leftExpression", "#{HC-VB-02-003}",
                "operator", "LESS_OR_EQUAL",
                "rightExpression", "#{KHONG-CO-CHI-TIEU}",
                "importance", "WARNING",
                "message", "Số văn bản ký số lớn hơn số văn bản đi",
                "active", "true"));
        HttpResponse<String> wrong = http.form("/reporting/admin/rules/new", admin, rule);
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body())
                .contains("id=\"rightExpression-error\"", "KHONG-CO-CHI-TIEU")
                .contains("value=\"Văn bản ký số không quá văn bản đi\"");

        rule.put("rightExpression", "#{HC-VB-02-002}");
        HttpResponse<String> saved = http.form("/reporting/admin/rules/new", admin, rule);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(http.page("/reporting/admin/rules", admin).body())
                .contains("QT-THU-TRANG", "#{HC-VB-02-003} &lt;= #{HC-VB-02-002}", "Cảnh báo (cần giải trình)");

        rule.put("active", "false");
        assertThat(http.form("/reporting/admin/rules/QT-THU-TRANG/edit", admin, rule)
                        .statusCode())
                .isEqualTo(302);
        assertThat(validation.rule("QT-THU-TRANG").active()).isFalse();
        assertThat(http.page("/reporting/admin/rules/QT-THU-TRANG/edit", admin).body())
                .contains("<option value=\"false\" selected=\"selected\">Ngừng dùng</option>");

        assertThat(http.page("/reporting/admin/rules", TestHttp.basic("vr.lead", TestUsers.PASSWORD))
                        .statusCode())
                .isEqualTo(403);
    }
}
