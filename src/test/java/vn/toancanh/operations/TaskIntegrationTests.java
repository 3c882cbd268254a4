package vn.toancanh.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.analytics.AnalyticsFixture;
import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.organisation.OrganisationService;

/**
 * Assigned tasks on a small fixed set: imported twice (nothing doubles, the lead unit's progress survives a changed
 * deadline), statuses from the deadline (done on time or late, overdue, due soon, in progress), the lead unit's
 * progress reports with their mistakes and an attachment, who sees and who reports, and the month's hand-checked
 * figures as analytics items and the on-time rate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AnalyticsService analytics;

    @Autowired
    DataValueService values;

    @Autowired
    UserAdminService users;

    @Autowired
    JsonMapper json;

    AnalyticsFixture f;
    TestHttp http;
    String admin;
    String p;
    LocalDate today;

    @BeforeAll
    void setUp() {
        f = new AnalyticsFixture(jdbc, values, analytics);
        p = f.code("");
        today = OrganisationService.today();
        http = new TestHttp(port);
        TestUsers.ensure(users, jdbc, "tk.admin", Role.ADMIN, null);
        TestUsers.ensure(users, jdbc, "tk.lead", Role.LEADER, null);
        TestUsers.ensure(users, jdbc, "tk.dep", Role.DEPARTMENT_OFFICER, f.code("DEP"));
        TestUsers.ensure(users, jdbc, "tk.xa1", Role.COMMUNE_OFFICER, f.code("C1"));
        TestUsers.ensure(users, jdbc, "tk.xa2", Role.COMMUNE_OFFICER, f.code("C2"));
        admin = TestHttp.basic("tk.admin", TestUsers.PASSWORD);
        HttpResponse<String> first = http.json("POST", "/api/operations/tasks", admin, tasks(today.plusDays(30)));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json.readTree(first.body()).get("created").asInt()).isEqualTo(5);
    }

    private String tasks(LocalDate t4Deadline) {
        return """
                [{"code":"%1$sT1","title":"Báo cáo giải ngân quý I","issuer":"UBND thành phố","sourceNumber":"125/UBND-VP",
                  "sourceDate":"2026-03-01","leadUnit":"%2$s","deadline":"2026-03-20","completedOn":"2026-03-18",
                  "result":"Báo cáo 30/BC-TCKH"},
                 {"code":"%1$sT2","title":"Rà soát hộ nghèo","issuer":"Chủ tịch UBND huyện","leadUnit":"%2$s",
                  "deadline":"2026-03-10","completedOn":"2026-03-15","result":"Báo cáo 31/BC"},
                 {"code":"%1$sT3","title":"Kiểm tra phòng cháy rừng","issuer":"UBND thành phố","leadUnit":"%2$s",
                  "deadline":"2026-03-25","priority":"URGENT"},
                 {"code":"%1$sT4","title":"Chuyển đổi số cấp xã","issuer":"Chủ tịch UBND huyện","leadUnit":"%3$s",
                  "supportUnits":["%2$s"],"deadline":"%4$s"},
                 {"code":"%1$sT5","title":"Chuẩn bị Tết","issuer":"Chủ tịch UBND huyện","leadUnit":"%3$s",
                  "deadline":"%5$s"}]""".formatted(p, f.code("DEP"), f.code("C1"), t4Deadline, today.plusDays(1));
    }

    @Test
    void importingAgainChangesNothingAndKeepsTheLeadUnitsProgress() {
        String xa1 = TestHttp.basic("tk.xa1", TestUsers.PASSWORD);
        assertThat(http.json(
                                "POST",
                                "/api/operations/tasks/" + p + "T5/progress",
                                xa1,
                                "{\"progress\":30,\"note\":\"Đã lập kế hoạch\"}")
                        .statusCode())
                .isEqualTo(200);
        JsonNode again = json.readTree(http.json("POST", "/api/operations/tasks", admin, tasks(today.plusDays(30)))
                .body());
        assertThat(again.get("unchanged").asInt()).isEqualTo(5);
        JsonNode moved = json.readTree(http.json("POST", "/api/operations/tasks", admin, tasks(today.plusDays(40)))
                .body());
        assertThat(moved.get("updated").asInt()).isEqualTo(1);
        assertThat(json.readTree(http.json("GET", "/api/operations/tasks/" + p + "T5", admin, null)
                                .body())
                        .get("progress")
                        .asInt())
                .isEqualTo(30);
        assertThat(jdbc.sql("SELECT count(*) FROM assigned_task WHERE code LIKE :p")
                        .param("p", p + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
        // mistakes are named per row, nothing written; only admins (the e-office system) import
        HttpResponse<String> wrong = http.json("POST", "/api/operations/tasks", admin, """
                [{"code":"%sX1","title":"","issuer":"UBND","leadUnit":"KHONG-CO","deadline":null,"priority":"SOON"}]""".formatted(p));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body())
                .contains("rows[1].title", "rows[1].leadUnit", "KHONG-CO", "rows[1].deadline", "rows[1].priority");
        assertThat(http.json("POST", "/api/operations/tasks", xa1, tasks(today)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void statusesComeFromTheDeadlineAndEachUnitSeesWhatItLeadsOrSupports() {
        String lead = TestHttp.basic("tk.lead", TestUsers.PASSWORD);
        assertThat(codes(http.json("GET", "/api/operations/tasks?q=" + p + "&status=OVERDUE", lead, null)))
                .containsExactly(p + "T3");
        assertThat(codes(http.json("GET", "/api/operations/tasks?q=" + p + "&status=DUE_SOON", lead, null)))
                .containsExactly(p + "T5");
        assertThat(codes(http.json("GET", "/api/operations/tasks?q=" + p + "&status=DONE_LATE", lead, null)))
                .containsExactly(p + "T2");
        // the department leads T1–T3 and supports T4; the other commune sees none of them
        assertThat(codes(http.json(
                        "GET", "/api/operations/tasks?q=" + p, TestHttp.basic("tk.dep", TestUsers.PASSWORD), null)))
                .containsExactlyInAnyOrder(p + "T1", p + "T2", p + "T3", p + "T4");
        String xa2 = TestHttp.basic("tk.xa2", TestUsers.PASSWORD);
        assertThat(codes(http.json("GET", "/api/operations/tasks?q=" + p, xa2, null)))
                .isEmpty();
        assertThat(http.json("GET", "/api/operations/tasks/" + p + "T1", xa2, null)
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> page = http.page("/operations/tasks?q=" + p, lead);
        assertThat(page.body()).contains("data-status=\"OVERDUE\"", "Quá hạn", "Hoàn thành trễ hạn", "Sắp đến hạn");
    }

    @Test
    void theLeadUnitReportsProgressWithAnAttachmentUntilTheTaskIsDone() throws Exception {
        String code = p + "T4";
        String xa1 = TestHttp.basic("tk.xa1", TestUsers.PASSWORD);
        // a supporting unit does not report; mistakes come back beside their fields
        assertThat(http.json(
                                "POST",
                                "/api/operations/tasks/" + code + "/progress",
                                TestHttp.basic("tk.dep", TestUsers.PASSWORD),
                                "{\"progress\":10,\"note\":\"x\"}")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> wrong =
                http.form("/operations/tasks/" + code + "/progress", xa1, Map.of("progress", "120", "note", ""));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("id=\"progress-error\"", "Tiến độ từ 0 đến 100", "Cần nêu kết quả thực hiện");

        // 40 % with a PDF, through the page's form
        byte[] pdf = "%PDF-1.4\n% kế hoạch\n".getBytes(StandardCharsets.UTF_8);
        String boundary = "----toancanh" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : new String[][] {{"progress", "40"}, {"note", "Đã tập huấn cho cán bộ xã"}}) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                            + field[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"ke-hoach.pdf\""
                                + "\r\nContent-Type: application/pdf\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.write(pdf);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> sent = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/operations/tasks/" + code + "/progress"))
                                .header("Authorization", xa1)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        JsonNode task = json.readTree(
                http.json("GET", "/api/operations/tasks/" + code, xa1, null).body());
        assertThat(task.get("progress").asInt()).isEqualTo(40);
        JsonNode update = task.get("updates").get(0);
        assertThat(update.get("attachmentName").asString()).isEqualTo("ke-hoach.pdf");
        HttpResponse<byte[]> file = http.bytes(
                "/operations/tasks/" + code + "/updates/" + update.get("id").asLong() + "/attachment",
                TestHttp.basic("tk.dep", TestUsers.PASSWORD));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);

        // progress does not go back; 100 % needs a result, then the task is done today, on time
        assertThat(http.json(
                                "POST",
                                "/api/operations/tasks/" + code + "/progress",
                                xa1,
                                "{\"progress\":20,\"note\":\"Sửa\"}")
                        .body())
                .contains("không thấp hơn");
        assertThat(http.json(
                                "POST",
                                "/api/operations/tasks/" + code + "/progress",
                                xa1,
                                "{\"progress\":100,\"note\":\"Xong\"}")
                        .body())
                .contains("result");
        JsonNode done = json.readTree(http.json(
                        "POST",
                        "/api/operations/tasks/" + code + "/progress",
                        xa1,
                        "{\"progress\":100,\"note\":\"Hoàn thành\",\"result\":\"Báo cáo 45/BC-UBND\"}")
                .body());
        assertThat(done.get("status").asString()).isEqualTo("DONE_ON_TIME");
        assertThat(done.get("completedOn").asString()).isEqualTo(today.toString());
        assertThat(done.get("mayReport").asBoolean()).isFalse();
    }

    @Test
    void theMonthsFiguresAreHandCheckedAnalyticsItemsAndTheOnTimeRate() throws InterruptedException {
        AnalyticsRequest query = AnalyticsRequest.of(
                        "dx:HC-NVG-MC-HAN;HC-NVG-MC-DH;HC-NVG-MC-TH;HC-NVG-MC-QH;IND-NV-MC-DUNGHAN", "pe:202603")
                .withFilters("ou:" + f.code("DEP"));
        AnalyticsGrid grid = FigureWait.until(analytics, query, "HC-NVG-MC-QH", "202603");
        // due in March: T1, T2, T3; T1 done on time, T2 late; T3 still open past its deadline at the month's end
        assertThat(grid.value("HC-NVG-MC-HAN", "202603")).hasValue(3);
        assertThat(grid.value("HC-NVG-MC-DH", "202603")).hasValue(1);
        assertThat(grid.value("HC-NVG-MC-TH", "202603")).hasValue(1);
        assertThat(grid.value("HC-NVG-MC-QH", "202603")).hasValue(1);
        assertThat(grid.value("IND-NV-MC-DUNGHAN", "202603")).hasValue(50);
    }

    private java.util.List<String> codes(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("items").findValuesAsString("code");
    }
}
