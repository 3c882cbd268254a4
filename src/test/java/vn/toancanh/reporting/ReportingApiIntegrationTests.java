package vn.toancanh.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;

/**
 * Report forms and the life of a report over the JSON API: the commune's officer starts and submits its monthly
 * report, the finance–planning department returns it with a reason, it is sent again, approved by the department and
 * then by a leader (the district office's step), locked, and reopened by a leader with a reason; who may do what at
 * each step, and every move in the report's history and the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportingApiIntegrationTests {

    static final String FORM = "BC-KTXH-XA-THANG";

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    TestHttp http;

    @BeforeEach
    void users() {
        http = new TestHttp(port);
        TestUsers.ensure(users, jdbc, "rp.xa", Role.COMMUNE_OFFICER, "11584");
        TestUsers.ensure(users, jdbc, "rp.xa2", Role.COMMUNE_OFFICER, "11587");
        TestUsers.ensure(users, jdbc, "rp.tckh", Role.DEPARTMENT_OFFICER, "312-TCKH");
        TestUsers.ensure(users, jdbc, "rp.lead", Role.LEADER, null);
        TestUsers.ensure(users, jdbc, "rp.view", Role.VIEWER, null);
        TestUsers.ensure(users, jdbc, "rp.admin", Role.ADMIN, null);
    }

    @Test
    void theDemoFormsSayWhatIsDueByWhenAndWhoApprovesIt() {
        JsonNode forms = body(call("GET", "/api/reportForms", "rp.view", null), 200);
        assertThat(forms.findValuesAsString("code")).contains(FORM, "BC-DAUTU-QUY", "BC-GIAODUC-NAM");
        JsonNode form = body(call("GET", "/api/reportForms/" + FORM, "rp.view", null), 200);
        assertThat(form.get("periodType").asString()).isEqualTo("MONTHLY");
        assertThat(form.get("cutoffDay").asInt()).isEqualTo(15);
        assertThat(form.get("units").size()).isEqualTo(16);
        assertThat(form.get("units").findValuesAsString("code")).contains("11584", "11581");
        assertThat(form.get("sections").get(1).get("title").asString()).isEqualTo("II. Giải quyết thủ tục hành chính");
        assertThat(form.get("sections").get(1).get("items").findValuesAsString("code"))
                .containsExactly("HC-TTHC-01-002", "HC-TTHC-01-003", "HC-TTHC-02-003", "HC-TTHC-02-004");
        assertThat(form.get("steps").findValuesAsString("unitCode")).containsExactly("312-TCKH", "312-VP");

        // every commune's report for a period, not started where nothing was saved, due on the 18th
        JsonNode reports = body(call("GET", "/api/reports?form=" + FORM + "&period=202401", "rp.view", null), 200);
        assertThat(reports.size()).isEqualTo(16);
        assertThat(reports.findValuesAsString("status")).containsOnly("NOT_STARTED");
        assertThat(reports.get(0).get("deadline").asString()).isEqualTo("2024-01-18");
        assertThat(reports.get(0).get("periodLabel").asString()).isEqualTo("Tháng 01/2024");
    }

    @Test
    void aReportGoesFromDraftThroughReturnAndTwoApprovalsToItsLockAndIsReopened() {
        String report = "/api/reports/" + FORM + "/11584/202405";
        assertThat(body(call("GET", report, "rp.xa", null), 200).get("status").asString())
                .isEqualTo("NOT_STARTED");
        // only the commune's own officers fill it in
        assertThat(call("POST", report + "/edit", "rp.xa2", null).statusCode()).isEqualTo(403);
        assertThat(call("POST", report + "/edit", "rp.view", null).statusCode()).isEqualTo(403);
        assertThat(body(call("POST", report + "/edit", "rp.xa", null), 200)
                        .get("status")
                        .asString())
                .isEqualTo("DRAFT");
        // nothing to approve before it is submitted
        assertThat(call("POST", report + "/approve", "rp.tckh", "{}").statusCode())
                .isEqualTo(409);

        JsonNode submitted = body(call("POST", report + "/submit", "rp.xa", "{\"comment\":\"Gửi lần 1\"}"), 200);
        // the reporting rate follows, live: the commune has sent (100), one of sixteen in the district
        awaitRate("11584", 100);
        awaitRate("312", 100.0 / 16);
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("stepTitle").asString()).isEqualTo("Phòng Tài chính - Kế hoạch thẩm định");
        assertThat(submitted.get("onTime").asBoolean()).isFalse(); // May 2024's deadline is long past
        // the submitter does not approve; another unit's officer does not; a viewer may not even try
        assertThat(call("POST", report + "/approve", "rp.xa", "{}").statusCode())
                .isEqualTo(403);
        assertThat(call("POST", report + "/approve", "rp.xa2", "{}").statusCode())
                .isEqualTo(403);
        assertThat(call("POST", report + "/approve", "rp.view", "{}").statusCode())
                .isEqualTo(403);
        assertThat(call("POST", report + "/submit", "rp.xa", "{}").statusCode()).isEqualTo(409);

        // returned: a reason is required
        HttpResponse<String> noReason = call("POST", report + "/return", "rp.tckh", "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        JsonNode returned =
                body(call("POST", report + "/return", "rp.tckh", "{\"reason\":\"Số hồ sơ quá hạn chưa khớp\"}"), 200);
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("returnedReason").asString()).isEqualTo("Số hồ sơ quá hạn chưa khớp");
        awaitRate("11584", 0);
        assertThat(body(call("POST", report + "/edit", "rp.xa", null), 200)
                        .get("status")
                        .asString())
                .isEqualTo("DRAFT");
        body(call("POST", report + "/submit", "rp.xa", "{\"comment\":\"Đã sửa\"}"), 200);

        // the department's step, then the district office's (a leader may approve any step)
        JsonNode first = body(call("POST", report + "/approve", "rp.tckh", "{}"), 200);
        assertThat(first.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(first.get("step").asInt()).isEqualTo(1);
        assertThat(first.get("stepTitle").asString()).isEqualTo("Văn phòng HĐND và UBND huyện tổng hợp");
        assertThat(call("POST", report + "/approve", "rp.tckh", "{}").statusCode())
                .isEqualTo(403);
        JsonNode approved = body(call("POST", report + "/approve", "rp.lead", "{\"comment\":\"Đồng ý\"}"), 200);
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("approvedBy").asString()).isEqualTo("rp.lead");

        // locked: no more edits or submissions, and the form's values for the unit and period cannot be written by
        // any path; other items and other periods can
        assertThat(call("POST", report + "/edit", "rp.xa", null).statusCode()).isEqualTo(409);
        JsonNode refused = json.readTree(write("HC-TTHC-01-002", "202405", "77").body());
        assertThat(refused.get("importCount").get("imported").asInt()
                        + refused.get("importCount").get("updated").asInt())
                .isZero();
        assertThat(refused.get("conflicts").get(0).get("reason").asString())
                .isEqualTo("Báo cáo " + FORM + " kỳ 202405 đã được duyệt: số liệu đã khóa");
        assertThat(stored("HC-TTHC-01-002", "202405")).isNotEqualTo("77");
        assertThat(json.readTree(write("HC-TTHC-01-002", "202406", "78").body())
                        .get("conflicts")
                        .size())
                .isZero();
        assertThat(stored("HC-TTHC-01-002", "202406")).isEqualTo("78");
        assertThat(json.readTree(write("HC-VB-01-001", "202405", "79").body())
                        .get("conflicts")
                        .size())
                .isZero();
        assertThat(call("POST", report + "/submit", "rp.xa", "{}").statusCode()).isEqualTo(409);
        assertThat(call("POST", report + "/reopen", "rp.tckh", "{\"reason\":\"x\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(call("POST", report + "/reopen", "rp.lead", "{}").statusCode())
                .isEqualTo(400);
        JsonNode reopened = body(
                call("POST", report + "/reopen", "rp.lead", "{\"reason\":\"Cập nhật số liệu thống kê chính thức\"}"),
                200);
        assertThat(reopened.get("status").asString()).isEqualTo("RETURNED");
        // reopened: the unit may correct its values again
        assertThat(json.readTree(write("HC-TTHC-01-002", "202405", "77").body())
                        .get("conflicts")
                        .size())
                .isZero();
        assertThat(stored("HC-TTHC-01-002", "202405")).isEqualTo("77");

        List<String> actions = reopened.get("history").findValuesAsString("action");
        assertThat(actions)
                .containsExactly("SAVE", "SUBMIT", "RETURN", "SAVE", "SUBMIT", "APPROVE", "APPROVE", "REOPEN");
        assertThat(reopened.get("history").findValuesAsString("actor"))
                .containsExactly("rp.xa", "rp.xa", "rp.tckh", "rp.xa", "rp.xa", "rp.tckh", "rp.lead", "rp.lead");
        assertThat(reopened.get("history").get(2).get("comment").asString()).isEqualTo("Số hồ sơ quá hạn chưa khớp");
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE entity_type = 'report' AND entity_key = :k ORDER BY id")
                        .param("k", FORM + "/11584/202405")
                        .query(String.class)
                        .list())
                .containsExactly("CREATE", "SUBMIT", "RETURN", "SAVE", "SUBMIT", "APPROVE", "APPROVE", "REOPEN");
    }

    @Test
    void aReportIsAskedOnlyOfItsUnitsForItsPeriodsOnceTheyHaveBegun() {
        assertThat(call("GET", "/api/reports/" + FORM + "/312-TCKH/202405", "rp.view", null)
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> quarter = call("GET", "/api/reports/" + FORM + "/11584/2024Q2", "rp.view", null);
        assertThat(quarter.statusCode()).isEqualTo(400);
        assertThat(quarter.body()).contains("\"field\":\"period\"");
        assertThat(call("GET", "/api/reports/" + FORM + "/11584/202499", "rp.view", null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(call("POST", "/api/reports/" + FORM + "/11584/209901/edit", "rp.xa", null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(call("GET", "/api/reports/NO-SUCH-FORM/11584/202405", "rp.view", null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aStepWithoutAUnitIsApprovedByTheReportingUnitItself() {
        TestUsers.ensure(users, jdbc, "rp.xa.head", Role.COMMUNE_OFFICER, "11584");
        body(call("POST", "/api/reportForms", "rp.admin", """
                        {"code":"BC-THU-TUDUYET","name":"Báo cáo thử tự duyệt","periodType":"MONTHLY","deadlineDays":5,
                         "sections":[{"title":"Văn bản","items":["HC-VB-02-002"]}],
                         "units":["11584"],"steps":[{"title":"Chủ tịch UBND xã ký duyệt"}]}"""), 201);
        String report = "/api/reports/BC-THU-TUDUYET/11584/202405";
        body(call("POST", report + "/submit", "rp.xa", "{}"), 200);
        // the step names no unit: another unit's officer may not approve it, the commune's own head may
        assertThat(call("POST", report + "/approve", "rp.tckh", "{}").statusCode())
                .isEqualTo(403);
        JsonNode approved = body(call("POST", report + "/approve", "rp.xa.head", "{}"), 200);
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    void anAdminBuildsAFormAndAChangedFormLeavesSubmittedReportsTheirVersion() {
        String form = """
                {"code":"BC-THU-NGHIEM","name":"Báo cáo thử nghiệm","periodType":"MONTHLY","deadlineDays":5,
                 "reminderDays":[1,3,3],
                 "sections":[{"title":"Văn bản","items":["HC-VB-02-002","HC-VB-02-003"]}],
                 "units":["11584","11587"],"steps":[{"unit":"312-TCKH","title":"Thẩm định"}]}""";
        assertThat(call("POST", "/api/reportForms", "rp.tckh", form).statusCode())
                .isEqualTo(403);
        JsonNode created = body(call("POST", "/api/reportForms", "rp.admin", form), 201);
        assertThat(created.get("version").asInt()).isEqualTo(1);
        assertThat(created.get("reminderDays").toString()).isEqualTo("[3,1]");
        assertThat(call("POST", "/api/reportForms", "rp.admin", form).statusCode())
                .isEqualTo(409);

        String report = "/api/reports/BC-THU-NGHIEM/11584/202406";
        body(call("POST", report + "/submit", "rp.xa", "{}"), 200);
        // a section more: version 2; the report already submitted keeps version 1, a new one gets 2
        JsonNode changed = body(
                call(
                        "PUT",
                        "/api/reportForms/BC-THU-NGHIEM",
                        "rp.admin",
                        form.replace("]}],", "]},{\"title\":\"Hồ sơ\",\"items\":[\"HC-TTHC-01-002\"]}],")),
                200);
        assertThat(changed.get("version").asInt()).isEqualTo(2);
        assertThat(changed.get("sections").size()).isEqualTo(2);
        assertThat(body(call("GET", report, "rp.xa", null), 200)
                        .get("formVersion")
                        .asInt())
                .isEqualTo(1);
        assertThat(body(call("POST", "/api/reports/BC-THU-NGHIEM/11587/202406/edit", "rp.xa2", null), 200)
                        .get("formVersion")
                        .asInt())
                .isEqualTo(2);
        // the same settings again: no new version
        body(
                call(
                        "PUT",
                        "/api/reportForms/BC-THU-NGHIEM",
                        "rp.admin",
                        form.replace("]}],", "]},{\"title\":\"Hồ sơ\",\"items\":[\"HC-TTHC-01-002\"]}],")),
                200);
        assertThat(body(call("GET", "/api/reportForms/BC-THU-NGHIEM", "rp.view", null), 200)
                        .get("version")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void validationRulesBlockASubmissionOnErrorsAndWantACommentOnWarnings() {
        assertThat(body(call("GET", "/api/validationRules", "rp.view", null), 200)
                        .findValuesAsString("code"))
                .contains("QT-VB-KYSO", "QT-HS-TRUCTUYEN", "QT-CN-CAPDOI");
        String report = "/api/reports/" + FORM + "/11584/202407";
        write("HC-VB-02-002", "202407", "10");
        write("HC-VB-02-003", "202407", "12"); // more signed than sent: an ERROR rule
        write("KT-KTHT-01-002", "202407", "500"); // production value without its number of producers: a WARNING
        assertThat(body(call("GET", report + "/validation", "rp.view", null), 200)
                        .findValuesAsString("ruleCode"))
                .containsExactlyInAnyOrder("QT-VB-KYSO", "QT-CN-CAPDOI");
        assertThat(body(call("GET", "/api/validation?form=" + FORM + "&period=202407", "rp.view", null), 200)
                        .findValuesAsString("unitCode"))
                .containsOnly("11584");

        // the same on the validation analysis page, with a link to the report
        String analysis = http.page(
                        "/reporting/" + FORM + "/validation?period=202407",
                        TestHttp.basic("rp.view", TestUsers.PASSWORD))
                .body();
        assertThat(analysis)
                .contains(
                        "data-unit=\"11584\" data-rule=\"QT-VB-KYSO\"",
                        "Số văn bản đi được ký số không được lớn hơn tổng số văn bản đi",
                        "href=\"/reporting/" + FORM + "/11584/202407\"",
                        "Tháng 07/2024",
                        "Xã Lê Thiện")
                .containsPattern(">\\s*12\\s*<");

        HttpResponse<String> refused = call("POST", report + "/submit", "rp.xa", "{}");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problems = json.readTree(refused.body()).get("errors");
        assertThat(problems.findValuesAsString("field")).containsExactly("rules");
        assertThat(problems.get(0).get("reason").asString())
                .isEqualTo("Số văn bản đi được ký số không được lớn hơn tổng số văn bản đi");

        write("HC-VB-02-003", "202407", "8");
        HttpResponse<String> noComment = call("POST", report + "/submit", "rp.xa", "{}");
        assertThat(noComment.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noComment.body()).get("errors").findValuesAsString("field"))
                .containsExactly("comment");
        assertThat(noComment.body()).contains("Có giá trị sản xuất công nghiệp thì cần số cơ sở sản xuất");
        JsonNode sent = body(
                call("POST", report + "/submit", "rp.xa", "{\"comment\":\"Cơ sở sản xuất sẽ cập nhật sau\"}"), 200);
        assertThat(sent.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(sent.get("history").findValuesAsString("comment")).contains("Cơ sở sản xuất sẽ cập nhật sau");
    }

    @Test
    void theReportTravelsAsAnExcelWorkbookFilledOfflineAndUploadedBack() throws Exception {
        String page = "/reporting/" + FORM + "/11584/202408";
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> download = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + page + "/excel"))
                        .header("Authorization", TestHttp.basic("rp.xa", TestUsers.PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .contains(FORM + "_11584_202408.xlsx");
        byte[] filled;
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = wb.getSheet("Báo cáo");
            for (Row row : sheet) {
                Cell key = row.getCell(0);
                if (key != null && key.getStringCellValue().equals("v:HC-VB-02-002:default")) {
                    row.getCell(7, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(321);
                }
                if (key != null && key.getStringCellValue().equals("v:HC-VB-02-003:default")) {
                    row.getCell(7, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("120");
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            filled = out.toByteArray();
        }
        HttpResponse<String> uploaded = upload(client, page + "/excel", filled);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
        assertThat(uploaded.headers().firstValue("Location").orElse("")).endsWith(page + "?done=SAVE");
        assertThat(stored("HC-VB-02-002", "202408")).isEqualTo("321");
        assertThat(stored("HC-VB-02-003", "202408")).isEqualTo("120");
        assertThat(body(call("GET", "/api/reports/" + FORM + "/11584/202408", "rp.xa", null), 200)
                        .get("status")
                        .asString())
                .isEqualTo("DRAFT");
        // another period's workbook is refused, nothing written
        HttpResponse<String> wrong = upload(client, "/reporting/" + FORM + "/11584/202409/excel", filled);
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("Tệp là mẫu của báo cáo khác");
        assertThat(stored("HC-VB-02-002", "202409")).isEmpty();
    }

    private HttpResponse<String> upload(HttpClient client, String path, byte[] file) throws Exception {
        String boundary = "----toancanh" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bc.xlsx\"\r\n"
                        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", TestHttp.basic("rp.xa", TestUsers.PASSWORD))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void eachUserSeesTheReportsTheyShouldSendOrApprove() {
        String period = ReportingPagesIntegrationTests.latestPeriod();
        String officer = TestHttp.basic("rp.xa", TestUsers.PASSWORD);
        String department = TestHttp.basic("rp.tckh", TestUsers.PASSWORD);
        String send =
                "data-kind=\"SEND\" data-form=\"" + FORM + "\" data-unit=\"11584\" data-period=\"" + period + "\"";
        String approve =
                "data-kind=\"APPROVE\" data-form=\"" + FORM + "\" data-unit=\"11584\" data-period=\"" + period + "\"";
        assertThat(http.page("/reporting", officer).body())
                .contains(send, "Gửi:")
                .doesNotContain(approve);
        assertThat(http.page("/reporting", department).body()).doesNotContain(approve);

        body(call("POST", "/api/reports/" + FORM + "/11584/" + period + "/submit", "rp.xa", "{}"), 200);
        assertThat(http.page("/reporting", officer).body()).doesNotContain(send);
        assertThat(http.page("/reporting", department).body()).contains(approve, "Duyệt:");
        // the district office's step is not the department's: once it has approved, a leader's list has it
        body(call("POST", "/api/reports/" + FORM + "/11584/" + period + "/approve", "rp.tckh", "{}"), 200);
        assertThat(http.page("/reporting", department).body()).doesNotContain(approve);
        assertThat(http.page("/reporting", TestHttp.basic("rp.lead", TestUsers.PASSWORD))
                        .body())
                .contains(approve);
    }

    @Test
    void aRuleWithMistakesNamesEachOne() {
        HttpResponse<String> bad = call("POST", "/api/validationRules", "rp.admin", """
                {"code":"QT-SAI","name":"Sai","leftExpression":"#{HC-VB-02-003} <=","operator":"SMALLER",
                 "rightExpression":"#{NO-SUCH-ITEM}","importance":"FATAL","message":"x"}""");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).get("errors").findValuesAsString("field"))
                .contains("leftExpression", "operator", "importance");
        assertThat(bad.body()).contains("Không có chỉ tiêu mã NO-SUCH-ITEM");
        String rule = """
                {"code":"QT-THU","name":"Thử","leftExpression":"#{HC-VB-02-003}","operator":"LESS_OR_EQUAL",
                 "rightExpression":"#{HC-VB-02-002} * 2","importance":"WARNING","message":"Thử nghiệm"}""";
        assertThat(call("POST", "/api/validationRules", "rp.tckh", rule).statusCode())
                .isEqualTo(403);
        JsonNode created = body(call("POST", "/api/validationRules", "rp.admin", rule), 201);
        assertThat(created.get("rightExpression").asString()).isEqualTo("#{HC-VB-02-002} * 2");
        assertThat(created.get("items").toString()).contains("HC-VB-02-003", "HC-VB-02-002");
        JsonNode off = body(
                call(
                        "PUT",
                        "/api/validationRules/QT-THU",
                        "rp.admin",
                        rule.replace("\"message\"", "\"active\":false,\"message\"")),
                200);
        assertThat(off.get("active").asBoolean()).isFalse();
    }

    @Test
    void aFormWithMistakesNamesEachOne() {
        HttpResponse<String> response = call("POST", "/api/reportForms", "rp.admin", """
                {"code":"x","name":"","periodType":"WEEKLY","deadlineDays":0,
                 "sections":[{"title":"A","items":["NO-SUCH-ITEM","XH-GDDT-01-004"]}],
                 "units":["NO-UNIT"],"steps":[]}""");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = json.readTree(response.body()).get("errors");
        assertThat(errors.findValuesAsString("field"))
                .contains("code", "name", "periodType", "deadlineDays", "sections[0].items[0]", "units", "steps");
        assertThat(response.body()).contains("Không có chỉ tiêu mã NO-SUCH-ITEM", "Không có đơn vị mã NO-UNIT");
    }

    @Autowired
    AnalyticsService analytics;

    /** Waits until the form's reporting rate for May 2024 at {@code ou} is {@code expected} (it follows after commit). */
    private void awaitRate(String ou, double expected) {
        String item = FORM + "-TLGUI";
        AnalyticsRequest rate = AnalyticsRequest.of("dx:" + item, "ou:" + ou).withFilters("pe:202405");
        long deadline = System.nanoTime() + 10_000_000_000L;
        OptionalDouble value = OptionalDouble.empty();
        while (System.nanoTime() < deadline) {
            value = analytics.query(rate).value(item, ou);
            if (value.isPresent() && Math.abs(value.getAsDouble() - expected) < 0.001) {
                return;
            }
            Thread.onSpinWait();
        }
        assertThat(value).as("reporting rate at " + ou).hasValue(expected);
    }

    /** The commune officer writes one value of the commune through the bulk API. */
    private HttpResponse<String> write(String item, String period, String value) {
        return call("POST", "/api/dataValueSets", "rp.xa", """
                {"dataValues":[{"dataElement":"%s","period":"%s","orgUnit":"11584","value":"%s"}]}""".formatted(item, period, value));
    }

    private String stored(String item, String period) {
        return jdbc.sql("""
                        SELECT v.value FROM data_value v JOIN data_item i ON i.id = v.item_id
                          JOIN org_unit u ON u.id = v.unit_id JOIN period p ON p.id = v.period_id
                         WHERE i.code = :i AND u.code = '11584' AND p.iso = :p AND v.option_combo_id = 0""")
                .param("i", item)
                .param("p", period)
                .query(String.class)
                .optional()
                .orElse("");
    }

    private HttpResponse<String> call(String method, String path, String user, String body) {
        return http.json(method, path, TestHttp.basic(user, TestUsers.PASSWORD), body);
    }

    private JsonNode body(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }
}
