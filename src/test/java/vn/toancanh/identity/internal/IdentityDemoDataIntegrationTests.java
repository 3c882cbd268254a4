package vn.toancanh.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.toancanh.identity.IdentityIntegrationTest;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.shared.DemoDataSize;

/**
 * The demo accounts, one per role, on the organisation demo units. Where that step has not made the units (this
 * module alone), the test makes them, then runs the identity step again: it only adds what is missing.
 */
@IdentityIntegrationTest
class IdentityDemoDataIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityDemoData demo;

    @Autowired
    StartupBanner banner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void createsOneAccountPerRoleOnTheirUnitsWithTheDemoPassword() {
        TestUsers.ensureUnit(jdbc, "312-TCKH", "Phòng Tài chính - Kế hoạch", "DEPARTMENT");
        TestUsers.ensureUnit(jdbc, "11584", "Xã Lê Thiện", "COMMUNE");
        TestUsers.ensureUnit(jdbc, "312-TK", "Chi cục Thống kê", "PARTNER");
        demo.load(DemoDataSize.MINIMAL, 1);
        demo.load(DemoDataSize.MINIMAL, 1);

        List<String> accounts = jdbc.sql("""
                SELECT u.username || '|' || u.role || '|' || coalesce(o.code, '-')
                  FROM app_user u LEFT JOIN org_unit o ON o.id = u.unit_id
                 WHERE u.username IN ('admin', 'lanhdao', 'phongtckh', 'xalethien', 'thongke', 'xem')
                 ORDER BY u.username""").query(String.class).list();
        assertThat(accounts)
                .containsExactly(
                        "admin|ADMIN|-",
                        "lanhdao|LEADER|-",
                        "phongtckh|DEPARTMENT_OFFICER|312-TCKH",
                        "thongke|PARTNER_OFFICER|312-TK",
                        "xalethien|COMMUNE_OFFICER|11584",
                        "xem|VIEWER|-");
        assertThat(jdbc.sql("SELECT full_name FROM app_user WHERE username = 'lanhdao'")
                        .query(String.class)
                        .single())
                .isEqualTo("Nguyễn Văn Lãnh");
        assertThat(jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'xalethien'")
                        .query(String.class)
                        .single())
                .matches(hash -> encoder.matches("demo1234", hash));
    }

    @Test
    void theConsoleBannerGivesTheUrlAndTheDemoAccounts() {
        String text = banner.banner();
        assertThat(text)
                .contains("http://localhost:" + port)
                .contains("demo1234")
                .contains("admin")
                .contains("LEADER")
                .contains("TOANCANH_ADMIN_USERNAME");
    }
}
