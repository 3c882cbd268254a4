package vn.toancanh.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.identity.internal.UserAdminService;

/** The audit log for admins: filters (user, action, entity type, dates in Vietnam time, text), paging, CSV. */
@IdentityIntegrationTest
class AuditLogIntegrationTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    TestHttp http;
    String admin;

    @BeforeEach
    void entries() {
        http = new TestHttp(port);
        TestUsers.ensure(users, jdbc, "nk.admin", Role.ADMIN, null);
        admin = TestHttp.basic("nk.admin", TestUsers.PASSWORD);
        jdbc.sql("DELETE FROM audit_log WHERE username = 'nk.ghi'").update();
        entry("2025-03-01T00:30", "CREATE", "data_item", "DI-1", "Tạo chỉ tiêu Dân số");
        entry("2025-03-15T12:00", "UPDATE", "data_item", "DI-1", "Sửa đơn vị tính");
        entry("2025-03-31T23:59", "IMPORT", "data_value", "2025Q1", "=1+2 nhập 120 giá trị");
        entry("2025-04-01T00:01", "UPDATE", "org_unit", "11584", "Đổi tên Xã Lê Thiện");
    }

    @Test
    void filtersByUserActionEntityDatesAndTextNewestFirst() {
        assertThat(keys("user=nk.ghi")).containsExactly("11584", "2025Q1", "DI-1", "DI-1");
        assertThat(keys("user=nk.ghi&action=update")).containsExactly("11584", "DI-1");
        assertThat(keys("user=nk.ghi&entityType=data_item")).containsExactly("DI-1", "DI-1");
        // Whole days in Vietnam time: 01/03 00:30 (17:30 UTC the day before) is in, 01/04 00:01 is out.
        assertThat(keys("user=nk.ghi&from=01/03/2025&to=31/03/2025")).containsExactly("2025Q1", "DI-1", "DI-1");
        assertThat(keys("user=nk.ghi&from=2025-04-01")).containsExactly("11584");
        assertThat(keys("user=nk.ghi&q="
                        + java.net.URLEncoder.encode("xã LÊ thiện", java.nio.charset.StandardCharsets.UTF_8)))
                .as("case-insensitive text search")
                .containsExactly("11584");

        JsonNode page = json.readTree(http.json("GET", "/api/auditLog?user=nk.ghi&pageSize=3&page=2", admin, null)
                .body());
        assertThat(page.get("total").asLong()).isEqualTo(4);
        assertThat(page.get("items").size()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("details").asString()).isEqualTo("Tạo chỉ tiêu Dân số");

        HttpResponse<String> bad = http.json("GET", "/api/auditLog?from=31/02/2025", admin, null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"from\"");
    }

    @Test
    void thePageFiltersAndExplainsABadDate() {
        String html = http.page("/admin/audit?user=nk.ghi&action=IMPORT", admin).body();
        assertThat(html)
                .contains("=1+2 nhập 120 giá trị")
                .contains("31/03/2025 23:59:00")
                .doesNotContain("Đổi tên");

        String bad = http.page("/admin/audit?from=hôm-qua", admin).body();
        assertThat(bad).contains("id=\"from-error\"").contains("Ngày không hợp lệ (dd/MM/yyyy)");
    }

    @Test
    void exportsTheFilteredLogAsCsvForSpreadsheets() {
        HttpResponse<String> csv =
                http.send("GET", "/admin/audit.csv?user=nk.ghi&to=31/03/2025", admin, "text/csv", null, null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFThời điểm,Người dùng,Thao tác");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("31/03/2025 23:59:00,nk.ghi,IMPORT,data_value,2025Q1,'=1+2");
        assertThat(lines.get(3)).contains("Tạo chỉ tiêu Dân số");
    }

    private List<String> keys(String query) {
        HttpResponse<String> response = http.json("GET", "/api/auditLog?" + query, admin, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body())
                .get("items")
                .valueStream()
                .map(e -> e.get("entityKey").asString())
                .toList();
    }

    private void entry(String localTime, String action, String entityType, String key, String details) {
        jdbc.sql("""
                INSERT INTO audit_log (at, username, action, entity_type, entity_key, details, client_ip)
                VALUES (:at, 'nk.ghi', :action, :type, :key, :details, '127.0.0.1')""")
                .param(
                        "at",
                        Timestamp.from(
                                LocalDateTime.parse(localTime).atZone(VIETNAM).toInstant()))
                .param("action", action)
                .param("type", entityType)
                .param("key", key)
                .param("details", details)
                .update();
    }
}
