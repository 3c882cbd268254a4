package vn.toancanh.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.analytics.AnalyticsFixture;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.organisation.OrganisationService;

/**
 * The warning rules end to end on a small fixed set: a flood rising through alarm levels I–III on one event and
 * receding, forest-fire danger from four hand-checked dry days ended by rain, overdue tasks raised by the import itself
 * (through the figures and the analytics index, no call to evaluate), a threshold on a written figure, a person's
 * resolution holding while its cause persists, who may do what, and the mistakes named per field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(AlertRulesIntegrationTests.Heard.class)
class AlertRulesIntegrationTests {

    /** Every AlertRaised and AlertResolved of the run, as other modules hear them. */
    static class Heard {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(AlertRaised e) {
            events.add(e);
        }

        @EventListener
        void on(AlertResolved e) {
            events.add(e);
        }
    }

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

    @Autowired
    Heard heard;

    AnalyticsFixture f;
    TestHttp http;
    String admin;
    String p;

    @BeforeAll
    void setUp() {
        f = new AnalyticsFixture(jdbc, values, analytics);
        p = f.code("");
        http = new TestHttp(port);
        TestUsers.ensure(users, jdbc, "al.admin", Role.ADMIN, null);
        TestUsers.ensure(users, jdbc, "al.xa1", Role.COMMUNE_OFFICER, f.code("C1"));
        TestUsers.ensure(users, jdbc, "al.xa2", Role.COMMUNE_OFFICER, f.code("C2"));
        TestUsers.ensure(users, jdbc, "al.viewer", Role.VIEWER, null);
        admin = TestHttp.basic("al.admin", TestUsers.PASSWORD);
        station(p + "W", "WATER_LEVEL", f.code("C1"), "2.9", "3.4", "3.9");
        station(p + "M", "WEATHER", f.code("C2"), null, null, null);
    }

    private void station(String code, String kind, String unit, String a1, String a2, String a3) {
        HttpResponse<String> r =
                http.json("POST", "/api/sensors/stations", admin, """
                {"code":"%s","name":"Trạm %s","kind":"%s","unit":"%s","lat":20.9,"lon":106.6,"river":"Cấm",
                 "alarm1":%s,"alarm2":%s,"alarm3":%s}""".formatted(code, code, kind, unit, a1, a2, a3));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private void readings(String... rows) {
        HttpResponse<String> r =
                http.json("POST", "/api/sensors/readings", admin, "{\"readings\":[" + String.join(",", rows) + "]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private static String reading(String station, String measure, Instant at, String value) {
        return "{\"station\":\"%s\",\"measure\":\"%s\",\"time\":\"%s\",\"value\":%s}"
                .formatted(station, measure, at, value);
    }

    private void rule(String body) {
        HttpResponse<String> r = http.json("POST", "/api/alerts/rules", admin, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private JsonNode events(String rule, String query) {
        return json.readTree(http.json("GET", "/api/alerts?q=" + rule + "&pageSize=50" + query, admin, null)
                        .body())
                .get("items");
    }

    private JsonNode evaluate(String rule) {
        HttpResponse<String> r = http.json("POST", "/api/alerts/rules/" + rule + "/evaluate", admin, "");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return events(rule, "&current=false");
    }

    @Test
    void aFloodRisesThroughItsAlarmLevelsOnOneAlertAndRecedes() {
        String rule = p + "LU";
        String w = p + "W";
        Instant t0 = Instant.now().minus(6, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
        readings(reading(w, "WATER_LEVEL", t0, "3.05"));
        rule("""
                {"code":"%s","name":"Lũ trạm thử","kind":"FLOOD","severity":"INFO","target":"%s"}""".formatted(rule, w));
        JsonNode first = events(rule, "");
        assertThat(first).hasSize(1);
        assertThat(first.get(0).get("level").asInt()).isEqualTo(1);
        assertThat(first.get(0).get("severity").asString()).isEqualTo("INFO");
        assertThat(first.get(0).get("title").asString())
                .isEqualTo("Mực nước sông Cấm tại Trạm " + w + " vượt báo động I");
        assertThat(first.get(0).get("cause").asString()).contains("3,05 m", "báo động I: 2,9 m, II: 3,4 m, III: 3,9 m");
        long id = first.get(0).get("id").asLong();

        readings(reading(w, "WATER_LEVEL", t0.plus(1, ChronoUnit.HOURS), "3.52"));
        JsonNode second = evaluate(rule);
        assertThat(second).hasSize(1);
        assertThat(second.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(second.get(0).get("level").asInt()).isEqualTo(2);
        assertThat(second.get(0).get("severity").asString()).isEqualTo("WARNING");

        readings(reading(w, "WATER_LEVEL", t0.plus(2, ChronoUnit.HOURS), "3.97"));
        evaluate(rule);
        JsonNode third = evaluate(rule); // evaluated twice: still one alert
        assertThat(third).hasSize(1);
        assertThat(third.get(0).get("level").asInt()).isEqualTo(3);
        assertThat(third.get(0).get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(third.get(0).get("lat").asDouble()).isEqualTo(20.9);
        List<AlertRaised> raised = heard.events.stream()
                .filter(e -> e instanceof AlertRaised r && r.eventId() == id)
                .map(AlertRaised.class::cast)
                .toList();
        assertThat(raised).extracting(AlertRaised::level).containsExactly(1, 2, 3);
        assertThat(raised).extracting(AlertRaised::escalated).containsExactly(false, true, true);
        assertThat(raised.get(2).unitName()).isEqualTo("Xã Một");

        readings(reading(w, "WATER_LEVEL", t0.plus(3, ChronoUnit.HOURS), "2.40"));
        JsonNode receded = evaluate(rule);
        assertThat(receded).hasSize(1);
        assertThat(receded.get(0).get("resolvedBy").asString()).isEqualTo("system");
        assertThat(heard.events)
                .anySatisfy(e -> assertThat(e)
                        .isInstanceOfSatisfying(
                                AlertResolved.class,
                                r -> assertThat(r.eventId()).isEqualTo(id)));
        assertThat(events(rule, "")).isEmpty();

        // a new rise is a new alert
        readings(reading(w, "WATER_LEVEL", t0.plus(4, ChronoUnit.HOURS), "3.10"));
        assertThat(evaluate(rule)).hasSize(2);
        HttpResponse<String> geo = http.json("GET", "/api/alerts/current.geojson", admin, null);
        assertThat(geo.body()).contains("Mực nước sông Cấm tại Trạm " + w, "\"coordinates\":[106.6,20.9]");
    }

    @Test
    void fourDryDaysRaiseFireDangerLevelThreeAndRainEndsIt() {
        String rule = p + "CHAY";
        String m = p + "M";
        LocalDate today = OrganisationService.today();
        List<String> rows = new ArrayList<>();
        for (int d = 4; d >= 1; d--) {
            Instant at = today.minusDays(d)
                    .atTime(13, 0)
                    .atZone(OrganisationService.ZONE)
                    .toInstant();
            rows.add(reading(m, "TEMPERATURE", at, "33"));
            rows.add(reading(m, "HUMIDITY", at, "45"));
            rows.add(reading(m, "RAINFALL", at, "0"));
        }
        readings(rows.toArray(String[]::new));
        rule("""
                {"code":"%s","name":"Cháy rừng trạm thử","kind":"FIRE_DANGER","target":"%s","threshold":3}""".formatted(rule, m));
        JsonNode open = events(rule, "");
        assertThat(open).hasSize(1);
        // 4 × 33 × (50,29 hPa × 55 %) = 3.651: level III (2.500–5.000)
        assertThat(open.get(0).get("level").asInt()).isEqualTo(3);
        assertThat(open.get(0).get("value").asInt()).isEqualTo(3651);
        assertThat(open.get(0).get("title").asString())
                .isEqualTo("Cấp dự báo cháy rừng cấp III (cấp cao, dễ cháy) tại Xã Hai");
        assertThat(open.get(0).get("cause").asString()).contains("P = 3.651", "sau 4 ngày", "33 °C, độ ẩm 45 %");
        // stricter bounds make it level V, critical, on the same alert
        HttpResponse<String> stricter = http.json("PUT", "/api/alerts/rules/" + rule, admin, """
                {"name":"Cháy rừng trạm thử","kind":"FIRE_DANGER","target":"%s","threshold":3,
                 "levels":[500,1000,2000,3000]}""".formatted(m));
        assertThat(stricter.statusCode()).as(stricter.body()).isEqualTo(200);
        JsonNode five = events(rule, "");
        assertThat(five).hasSize(1);
        assertThat(five.get(0).get("level").asInt()).isEqualTo(5);
        assertThat(five.get(0).get("severity").asString()).isEqualTo("CRITICAL");
        readings(reading(m, "RAINFALL", Instant.now().minus(10, ChronoUnit.MINUTES), "12"));
        JsonNode after = evaluate(rule);
        assertThat(after).hasSize(1);
        assertThat(after.get(0).get("resolvedBy").asString()).isEqualTo("system");
    }

    @Test
    void anOverdueTaskRaisesAnAlertAsItIsImported() throws InterruptedException {
        String rule = p + "NV";
        rule("""
                {"code":"%s","name":"Nhiệm vụ quá hạn (thử)","kind":"OVERDUE","severity":"CRITICAL","target":"TASKS",
                 "unit":"%s","eachChild":true,"threshold":0}""".formatted(rule, f.code("D")));
        assertThat(events(rule, "")).isEmpty();
        LocalDate today = OrganisationService.today();
        HttpResponse<String> imported = http.json("POST", "/api/operations/tasks", admin, """
                [{"code":"%1$sT1","title":"Kiểm tra đê điều","issuer":"UBND thành phố","leadUnit":"%2$s",
                  "deadline":"%3$s"},
                 {"code":"%1$sT2","title":"Báo cáo thiệt hại","issuer":"UBND thành phố","leadUnit":"%2$s",
                  "deadline":"%4$s"}]""".formatted(
                        p, f.code("DEP"), today.minusDays(3), today.plusDays(20)));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        // no evaluate call: the figures, the analytics index and the rule follow the import by themselves
        JsonNode open = null;
        for (int i = 0; i < 150 && (open == null || open.isEmpty()); i++) {
            Thread.sleep(100);
            open = events(rule, "");
        }
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("title").asString()).isEqualTo("Nhiệm vụ quá hạn: 1 tại Phòng Thử");
        assertThat(open.get(0).get("link").asString())
                .isEqualTo("/operations/tasks?status=OVERDUE&unit=" + f.code("DEP"));
        assertThat(open.get(0).get("unitCode").asString()).isEqualTo(f.code("DEP"));
    }

    @Test
    void aThresholdOnAFigureAndAPersonsResolutionHoldsWhileTheCauseLasts() {
        String item = f.item("NGUONG", "SUM", "SUM", "MONTHLY");
        String month = vn.toancanh.shared.Period.of(vn.toancanh.shared.PeriodType.MONTHLY, OrganisationService.today())
                .id();
        f.write(List.of(f.value(item, month, f.c1, "150"), f.value(item, month, f.c2, "40")));
        analytics.awaitCurrent();
        String rule = p + "NG";
        rule("""
                {"code":"%s","name":"Vượt ngưỡng (thử)","kind":"THRESHOLD","target":"%s","unit":"%s","eachChild":true,
                 "comparison":"GT","threshold":100}""".formatted(rule, item, f.code("D")));
        JsonNode open = events(rule, "");
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("title").asString()).isEqualTo("Chỉ tiêu NGUONG tại Xã Một: 150");
        long id = open.get(0).get("id").asLong();

        // the other commune's officer may not handle it; the commune's own may
        String xa2 = TestHttp.basic("al.xa2", TestUsers.PASSWORD);
        assertThat(http.json("POST", "/api/alerts/" + id + "/acknowledge", xa2, "")
                        .statusCode())
                .isEqualTo(404);
        String xa1 = TestHttp.basic("al.xa1", TestUsers.PASSWORD);
        HttpResponse<String> ack = http.json("POST", "/api/alerts/" + id + "/acknowledge", xa1, "");
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
        assertThat(json.readTree(ack.body()).get("acknowledgedBy").asString()).isEqualTo("al.xa1");
        HttpResponse<String> done = http.json(
                "POST", "/api/alerts/" + id + "/resolve", xa1, "{\"resolution\":\"Đã kiểm tra, số liệu đúng\"}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(http.json("POST", "/api/alerts/" + id + "/resolve", xa1, "").statusCode())
                .isEqualTo(409);
        // the figure is still over: no new alert while it lasts
        assertThat(evaluate(rule)).hasSize(1);
        // it goes under, then over again: a new alert
        f.write(List.of(f.value(item, month, f.c1, "90")));
        analytics.awaitCurrent();
        assertThat(evaluate(rule)).hasSize(1);
        f.write(List.of(f.value(item, month, f.c1, "120")));
        analytics.awaitCurrent();
        JsonNode again = evaluate(rule);
        assertThat(again).hasSize(2);
        assertThat(again.get(0).get("state").asString()).isEqualTo("OPEN");
        assertThat(again.get(0).get("title").asString()).isEqualTo("Chỉ tiêu NGUONG tại Xã Một: 120");
        // the page shows it, and the commune officer sees it, the other commune does not
        assertThat(http.page("/alerts?q=" + rule, xa1).body()).contains("Chỉ tiêu NGUONG tại Xã Một: 120", "Tiếp nhận");
        assertThat(http.page("/alerts?q=" + rule, xa2).body()).contains("id=\"alerts-empty\"");
    }

    @Test
    void onlyAdminsWriteRulesAndMistakesAreNamedPerField() {
        String viewer = TestHttp.basic("al.viewer", TestUsers.PASSWORD);
        assertThat(http.json("POST", "/api/alerts/rules", viewer, "{\"code\":\"X\"}")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> wrong = http.json("POST", "/api/alerts/rules", admin, """
                {"code":"có dấu","name":"","kind":"THRESHOLD","target":"KHONG-CO","unit":"KHONG-CO",
                 "comparison":"ABOUT","period":"SOMETIME"}""");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body())
                .contains("\"code\"", "\"name\"", "\"target\"", "Không có chỉ tiêu hay chỉ số mã KHONG-CO")
                .contains("\"unit\"", "\"comparison\"", "\"threshold\"", "\"period\"");
        HttpResponse<String> fire = http.json("POST", "/api/alerts/rules", admin, """
                {"code":"%sF","name":"Cháy","kind":"FIRE_DANGER","target":"%sW","threshold":7,"levels":[5,4,3,2]}""".formatted(p, p));
        assertThat(fire.body()).contains("Không có trạm khí tượng mã " + p + "W", "\"levels\"", "từ I đến V");
        assertThat(http.json("GET", "/api/alerts/rules/" + p + "F", admin, null).statusCode())
                .isEqualTo(404);
        // the editor names the mistake beside its field, in Vietnamese
        HttpResponse<String> page = http.page("/alerts/rules/new", admin);
        assertThat(page.body()).contains("Ngưỡng chỉ tiêu", "Báo động lũ", "Cấp dự báo cháy rừng");
        assertThat(http.page("/alerts/rules/new", viewer).statusCode()).isEqualTo(403);
    }
}
