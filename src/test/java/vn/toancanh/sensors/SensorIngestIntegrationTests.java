package vn.toancanh.sensors;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.ApiTokenService;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.identity.internal.UserView;

/**
 * Readings on a small fixed set: a batch sent twice changes nothing, a changed value updates, wrong rows are named
 * and nothing is written, CSV; series (raw and in hourly steps) and daily weather against hand-checked values; the
 * latest values as GeoJSON with the alarm level; the event; station validation; who may send for which station.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RecordApplicationEvents
class SensorIngestIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdminService users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    SensorService sensors;

    @Autowired
    JsonMapper json;

    TestHttp http;
    String admin;
    String xa1;
    String xa2;
    UserView xa1User;

    @BeforeAll
    void setUp() {
        http = new TestHttp(port);
        TestUsers.ensure(users, jdbc, "sn.admin", Role.ADMIN, null);
        xa1User = TestUsers.ensure(users, jdbc, "sn.xa1", Role.COMMUNE_OFFICER, "T-SN-C1");
        TestUsers.ensure(users, jdbc, "sn.xa2", Role.COMMUNE_OFFICER, "T-SN-C2");
        TestUsers.ensure(users, jdbc, "sn.viewer", Role.VIEWER, null);
        admin = TestHttp.basic("sn.admin", TestUsers.PASSWORD);
        xa1 = TestHttp.basic("sn.xa1", TestUsers.PASSWORD);
        xa2 = TestHttp.basic("sn.xa2", TestUsers.PASSWORD);
        station("T-SN-W1", "WATER_LEVEL", "T-SN-C1", "2.9", "3.4", "3.9");
        station("T-SN-W2", "WATER_LEVEL", "T-SN-C1", "2.9", "3.4", "3.9");
        station("T-SN-M1", "WEATHER", "T-SN-C2", null, null, null);
    }

    private void station(String code, String kind, String unit, String a1, String a2, String a3) {
        HttpResponse<String> r =
                http.json("POST", "/api/sensors/stations", admin, """
                {"code":"%s","name":"Trạm thử %s","kind":"%s","unit":"%s","lat":20.9,"lon":106.6,"river":"Cấm",
                 "alarm1":%s,"alarm2":%s,"alarm3":%s}""".formatted(code, code, kind, unit, a1, a2, a3));
        assertThat(r.statusCode()).as(r.body()).isIn(201, 409);
    }

    private JsonNode post(String auth, String body, int status) {
        HttpResponse<String> r = http.json("POST", "/api/sensors/readings", auth, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return json.readTree(r.body());
    }

    private static String readings(String... rows) {
        return "{\"readings\":[" + String.join(",", rows) + "]}";
    }

    private static String row(String station, String measure, String time, String value) {
        return "{\"station\":\"%s\",\"measure\":\"%s\",\"time\":\"%s\",\"value\":%s}"
                .formatted(station, measure, time, value);
    }

    private long count(String station, String measure) {
        return jdbc.sql("""
                        SELECT count(*) FROM sensor_reading r JOIN sensor_station s ON s.id = r.station_id
                         WHERE s.code = :c AND r.measure = :m""")
                .param("c", station)
                .param("m", measure)
                .query(Long.class)
                .single();
    }

    @Test
    void theSameBatchTwiceChangesNothingAndAChangedValueUpdates() {
        String batch = readings(
                row("T-SN-W1", "WATER_LEVEL", "2026-03-10T07:00:00+07:00", "2.10"),
                row("T-SN-W1", "WATER_LEVEL", "2026-03-10T08:00:00+07:00", "2.25"),
                row("T-SN-W1", "WATER_LEVEL", "2026-03-10T02:00:00Z", "2.4"));
        JsonNode first = post(admin, batch, 200);
        assertThat(first.get("inserted").asInt()).isEqualTo(3);
        JsonNode again = post(admin, batch, 200);
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
        assertThat(again.get("inserted").asInt() + again.get("updated").asInt()).isZero();
        // 2.1 and 2.10 are the same number
        JsonNode changed = post(admin, batch.replace("2.25", "2.3").replace("2.10", "2.1"), 200);
        assertThat(changed.get("updated").asInt()).isEqualTo(1);
        assertThat(changed.get("unchanged").asInt()).isEqualTo(2);
        assertThat(sensors
                        .series(
                                "T-SN-W1",
                                Measure.WATER_LEVEL,
                                Instant.parse("2026-03-10T00:00:00Z"),
                                Instant.parse("2026-03-10T01:30:00Z"))
                        .stream()
                        .map(r -> r.value().toPlainString()))
                .containsExactly("2.1", "2.3");
    }

    @Test
    void wrongRowsAreNamedAndNothingIsWritten() {
        long before = count("T-SN-W1", "WATER_LEVEL");
        JsonNode problem = post(
                admin,
                readings(
                        row("T-SN-KHONG-CO", "WATER_LEVEL", "2026-03-11T07:00:00+07:00", "1"),
                        row("T-SN-W1", "RAINFALL", "2026-03-11T07:00:00+07:00", "1"),
                        row("T-SN-W1", "WATER_LEVEL", "2099-01-01T00:00:00+07:00", "1"),
                        row("T-SN-W1", "WATER_LEVEL", "2026-03-11T08:00:00+07:00", "\"abc\""),
                        row("T-SN-W1", "WATER_LEVEL", "2026-03-11T09:00:00+07:00", "250"),
                        row("T-SN-W1", "WATER_LEVEL", "hôm qua", "1"),
                        row("T-SN-W1", "WATER_LEVEL", "2026-03-11T10:00:00+07:00", "1.5"),
                        row("T-SN-W1", "WATER_LEVEL", "2026-03-11T10:00:00+07:00", "1.6")),
                400);
        assertThat(problem.get("errors").findValuesAsString("field"))
                .containsExactly(
                        "readings[1].station",
                        "readings[2].measure",
                        "readings[3].time",
                        "readings[4].value",
                        "readings[5].value",
                        "readings[6].time",
                        "readings[8].time");
        assertThat(problem.toString())
                .contains(
                        "Không có trạm mã T-SN-KHONG-CO",
                        "không đo lượng mưa",
                        "ở tương lai",
                        "'abc' không phải là số",
                        "ngoài khoảng",
                        "dòng 7");
        assertThat(count("T-SN-W1", "WATER_LEVEL")).isEqualTo(before);
    }

    @Test
    void aCsvFileIsIngestedWithLocalTimesInVietnam() {
        String csv = "station,measure,time,value\r\n"
                + "T-SN-M1,TEMPERATURE,2026-03-20 13:00,\"27,5\"\r\n"
                + "T-SN-M1,HUMIDITY,2026-03-20T13:00:00+07:00,61\r\n";
        HttpResponse<String> r = http.send("POST", "/api/sensors/readings", admin, "application/json", "text/csv", csv);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json.readTree(r.body()).get("inserted").asInt()).isEqualTo(2);
        assertThat(sensors.latest("T-SN-M1", Measure.TEMPERATURE).orElseThrow())
                .satisfies(v -> assertThat(v.observedAt()).isEqualTo(Instant.parse("2026-03-20T06:00:00Z")))
                .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("27.5"));
        HttpResponse<String> bad = http.send(
                "POST", "/api/sensors/readings", admin, "application/json", "text/csv", "tram,luc,gia tri\nX,1,2\n");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("station,measure,time,value");
    }

    @Test
    void dailyWeatherTakesThe13HourReadingsElseTheDaysMaxAndMin() {
        ingest(
                reading("T-SN-M1", Measure.TEMPERATURE, "2026-03-10T12:00:00+07:00", "24.0"),
                reading("T-SN-M1", Measure.TEMPERATURE, "2026-03-10T13:00:00+07:00", "26.5"),
                reading("T-SN-M1", Measure.TEMPERATURE, "2026-03-10T15:00:00+07:00", "28.0"),
                reading("T-SN-M1", Measure.HUMIDITY, "2026-03-10T06:00:00+07:00", "90"),
                reading("T-SN-M1", Measure.HUMIDITY, "2026-03-10T13:10:00+07:00", "60"),
                reading("T-SN-M1", Measure.RAINFALL, "2026-03-10T03:00:00+07:00", "1.5"),
                reading("T-SN-M1", Measure.RAINFALL, "2026-03-10T18:00:00+07:00", "2.0"),
                // just before midnight in Vietnam, still the 10th
                reading("T-SN-M1", Measure.RAINFALL, "2026-03-10T23:30:00+07:00", "0.5"),
                reading("T-SN-M1", Measure.TEMPERATURE, "2026-03-11T09:00:00+07:00", "20"),
                reading("T-SN-M1", Measure.TEMPERATURE, "2026-03-11T16:00:00+07:00", "23"),
                reading("T-SN-M1", Measure.HUMIDITY, "2026-03-11T09:00:00+07:00", "80"),
                reading("T-SN-M1", Measure.HUMIDITY, "2026-03-11T16:00:00+07:00", "70"));
        List<DailyWeather> days = sensors.daily("T-SN-M1", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11));
        assertThat(days).hasSize(2);
        assertThat(days.get(0).temperature()).isEqualByComparingTo("26.5");
        assertThat(days.get(0).humidity()).isEqualByComparingTo("60");
        assertThat(days.get(0).rainfall()).isEqualByComparingTo("4.0");
        assertThat(days.get(1).temperature()).isEqualByComparingTo("23");
        assertThat(days.get(1).humidity()).isEqualByComparingTo("70");
        assertThat(days.get(1).rainfall()).isNull();
        assertThat(sensors
                        .series(
                                "T-SN-M1",
                                Measure.TEMPERATURE,
                                Instant.parse("2026-03-10T04:00:00Z"),
                                Instant.parse("2026-03-10T09:00:00Z"))
                        .stream()
                        .map(r -> r.value().toPlainString()))
                .containsExactly("24", "26.5", "28");
    }

    @Test
    void aLongSeriesComesInHourlyStepsOfTheHighestLevel() {
        List<ReadingInput> minutes = new ArrayList<>();
        Instant start = Instant.parse("2026-01-31T17:00:00Z"); // 1 February, midnight in Vietnam
        for (int i = 0; i < 3000; i++) {
            minutes.add(new ReadingInput(
                    "T-SN-W1",
                    Measure.WATER_LEVEL,
                    start.plusSeconds(60L * i),
                    new BigDecimal("1.00").add(BigDecimal.valueOf(i % 60, 2))));
        }
        IngestResult result = sensors.ingest(minutes, CurrentUser.SYSTEM);
        assertThat(result.accepted()).isEqualTo(3000);
        SeriesView series = sensors.chart("T-SN-W1", Measure.WATER_LEVEL, start, start.plusSeconds(60L * 2999));
        assertThat(series.step()).hasHours(1);
        assertThat(series.aggregation()).isEqualTo("MAX");
        assertThat(series.readings()).hasSize(50);
        assertThat(series.readings()).allSatisfy(r -> assertThat(r.value()).isEqualByComparingTo("1.59"));
        assertThat(series.readings().get(1).observedAt()).isEqualTo(start.plusSeconds(3600));
    }

    @Test
    void latestGeoJsonCarriesTheValuesAndTheAlarmLevel() {
        ingest(
                reading("T-SN-W2", Measure.WATER_LEVEL, "2026-03-12T07:00:00+07:00", "3.2"),
                reading("T-SN-W2", Measure.WATER_LEVEL, "2026-03-12T08:00:00+07:00", "3.95"));
        HttpResponse<String> r =
                http.send("GET", "/api/sensors/latest.geojson", xa2, "application/geo+json", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode features = json.readTree(r.body()).get("features");
        JsonNode w2 = null;
        for (JsonNode f : features) {
            if (f.get("id").asString().equals("T-SN-W2")) {
                w2 = f;
            }
        }
        assertThat(w2).isNotNull();
        assertThat(w2.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(106.6);
        JsonNode p = w2.get("properties");
        assertThat(p.get("alarmLevel").asInt()).isEqualTo(3);
        assertThat(p.get("latest").get("WATER_LEVEL").get("value").decimalValue())
                .isEqualByComparingTo("3.95");
        assertThat(p.get("observedAt").asString()).isEqualTo("2026-03-12T01:00:00Z");
        assertThat(p.get("stale").asBoolean()).isTrue();
        assertThat(new StationView(
                                "X",
                                "X",
                                StationKind.WATER_LEVEL,
                                1,
                                0,
                                0,
                                null,
                                new BigDecimal("2.9"),
                                new BigDecimal("3.4"),
                                new BigDecimal("3.9"),
                                true)
                        .alarmLevel(new BigDecimal("3.4")))
                .isEqualTo(2);
    }

    @Test
    void writtenReadingsArePublishedWithTheirStationsLatestTimes(ApplicationEvents events) {
        ingest(
                reading("T-SN-W2", Measure.WATER_LEVEL, "2026-04-01T07:00:00+07:00", "1.2"),
                reading("T-SN-W2", Measure.WATER_LEVEL, "2026-04-01T09:00:00+07:00", "1.3"),
                reading("T-SN-M1", Measure.HUMIDITY, "2026-04-01T08:00:00+07:00", "77"));
        assertThat(events.stream(ReadingsIngested.class).toList())
                .last()
                .satisfies(e -> assertThat(e.latestObservedAt())
                        .containsOnlyKeys("T-SN-W2", "T-SN-M1")
                        .containsEntry("T-SN-W2", Instant.parse("2026-04-01T02:00:00Z")));
        long published = events.stream(ReadingsIngested.class).count();
        ingest(reading("T-SN-W2", Measure.WATER_LEVEL, "2026-04-01T09:00:00+07:00", "1.3"));
        assertThat(events.stream(ReadingsIngested.class).count()).isEqualTo(published);
    }

    @Test
    void stationsAreValidated() {
        HttpResponse<String> wrong = http.json("POST", "/api/sensors/stations", admin, """
                {"code":"T-SN-BAD","name":"","kind":"WATER_LEVEL","unit":"KHONG-CO","lat":95,"lon":106.6,
                 "alarm1":3.0,"alarm2":2.5,"alarm3":3.5}""");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(json.readTree(wrong.body()).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "unit", "lat", "alarm2");
        assertThat(wrong.body()).contains("Báo động II phải cao hơn báo động I");
        HttpResponse<String> rainAlarm = http.json("POST", "/api/sensors/stations", admin, """
                {"code":"T-SN-R9","name":"Mưa","kind":"RAIN","unit":"T-SN-C1","lat":20.9,"lon":106.6,"alarm1":1}""");
        assertThat(rainAlarm.statusCode()).isEqualTo(400);
        assertThat(rainAlarm.body()).contains("Chỉ trạm đo mực nước có mức báo động");
        HttpResponse<String> twice = http.json("POST", "/api/sensors/stations", admin, """
                {"code":"T-SN-W1","name":"Lại","kind":"WATER_LEVEL","unit":"T-SN-C1","lat":20.9,"lon":106.6}""");
        assertThat(twice.statusCode()).isEqualTo(409);
        HttpResponse<String> byOfficer = http.json("PUT", "/api/sensors/stations/T-SN-W1", xa1, """
                {"name":"Đổi","kind":"WATER_LEVEL","unit":"T-SN-C1","lat":20.9,"lon":106.6}""");
        assertThat(byOfficer.statusCode()).isEqualTo(403);
        HttpResponse<String> renamed = http.json("PUT", "/api/sensors/stations/T-SN-W2", admin, """
                {"name":"Trạm thử T-SN-W2","kind":"WATER_LEVEL","unit":"T-SN-C1","lat":20.91,"lon":106.6,
                 "river":"Cấm","alarm1":2.9,"alarm2":3.4,"alarm3":3.9}""");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(sensors.station("T-SN-W2").orElseThrow().lat()).isEqualTo(20.91);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_log WHERE entity_type = 'sensor_station' AND entity_key = 'T-SN-W2'"
                                        + " AND action = 'UPDATE'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void officersSendOnlyForTheirUnitsStationsAndAnApiTokenWorks() {
        String one = readings(row("T-SN-W1", "WATER_LEVEL", "2026-03-15T07:00:00+07:00", "1.7"));
        JsonNode foreign = post(xa2, one, 400);
        assertThat(foreign.toString()).contains("readings[1].station", "Bạn không được gửi số liệu của trạm T-SN-W1");
        assertThat(http.json("POST", "/api/sensors/readings", TestHttp.basic("sn.viewer", TestUsers.PASSWORD), one)
                        .statusCode())
                .isEqualTo(403);
        assertThat(post(xa1, one, 200).get("inserted").asInt()).isEqualTo(1);
        String token = tokens.create(xa1User.id(), "Trạm T-SN-W1", 30).token();
        JsonNode byToken = post(
                TestHttp.bearer(token),
                readings(row("T-SN-W1", "WATER_LEVEL", "2026-03-15T08:00:00+07:00", "1.8")),
                200);
        assertThat(byToken.get("inserted").asInt()).isEqualTo(1);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_log WHERE entity_type = 'sensor_reading' AND username = 'sn.xa1'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private void ingest(ReadingInput... rows) {
        IngestResult result = sensors.ingest(List.of(rows), CurrentUser.SYSTEM);
        assertThat(result.rejected()).isEmpty();
    }

    private static ReadingInput reading(String station, Measure measure, String time, String value) {
        return new ReadingInput(
                station, measure, java.time.OffsetDateTime.parse(time).toInstant(), new BigDecimal(value));
    }
}
