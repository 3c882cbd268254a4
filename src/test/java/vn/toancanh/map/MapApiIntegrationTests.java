package vn.toancanh.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.support.FixtureUnits;

/**
 * The map API over HTTP on the demo data: GeoJSON shapes, search ignoring diacritics, boundary and point imports
 * that are all or nothing with every rejected feature reported, audit, and who may write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapApiIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[106.0,20.0],[106.2,20.0],[106.2,20.2],[106.0,20.2],[106.0,20.0]]]}";

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcClient jdbc;

    TestHttp http;
    String admin;
    String leader;
    final List<Long> createdPois = new ArrayList<>();

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
        TestUsers.ensure(users, jdbc, "map.admin", Role.ADMIN, null);
        TestUsers.ensure(users, jdbc, "map.leader", Role.LEADER, null);
        admin = TestHttp.basic("map.admin", TestUsers.PASSWORD);
        leader = TestHttp.basic("map.leader", TestUsers.PASSWORD);
        if (jdbc.sql("SELECT count(*) FROM org_unit WHERE code = 'T-MAP'")
                        .query(Long.class)
                        .single()
                == 0) {
            long parent = FixtureUnits.insert(jdbc, "T-MAP", "Huyện thử bản đồ", "DISTRICT", 2, null, null);
            FixtureUnits.insert(jdbc, "T-MAP-1", "Xã Thử Một", "COMMUNE", 3, parent, null);
            FixtureUnits.insert(jdbc, "T-MAP-2", "Xã Thử Hai", "COMMUNE", 3, parent, null);
        }
    }

    // OTHER is the one layer no demo data seeds, so the import test can own it and clear it after.
    @AfterEach
    void removePoints() {
        createdPois.forEach(id ->
                jdbc.sql("DELETE FROM map_poi WHERE id = :id").param("id", id).update());
        jdbc.sql("DELETE FROM map_poi WHERE layer = 'OTHER'").update();
    }

    @Test
    void unitsOfTheDemoDistrictAreAGeoJsonFeatureCollection() {
        HttpResponse<String> response = http.json("GET", "/api/map/units?parent=312", leader, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/geo+json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("type").asString()).isEqualTo("FeatureCollection");
        JsonNode features = body.get("features");
        assertThat(features).hasSize(16);
        List<String> names = new ArrayList<>();
        for (JsonNode f : features) {
            assertThat(f.get("type").asString()).isEqualTo("Feature");
            assertThat(f.at("/geometry/type").asString()).isEqualTo("Polygon");
            JsonNode ring = f.at("/geometry/coordinates/0");
            assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
            double lon = ring.get(0).get(0).asDouble();
            double lat = ring.get(0).get(1).asDouble();
            assertThat(lon).isBetween(106.55, 106.69);
            assertThat(lat).isBetween(20.84, 20.93);
            JsonNode p = f.get("properties");
            assertThat(p.get("parent").asString()).isEqualTo("312");
            assertThat(p.get("level").asInt()).isEqualTo(3);
            assertThat(p.get("kind").asString()).isIn("COMMUNE", "TOWNSHIP");
            assertThat(p.get("code").asString()).isEqualTo(f.get("id").asString());
            names.add(p.get("name").asString());
        }
        assertThat(names).contains("Xã Lê Thiện", "Thị trấn An Dương", "Xã Hồng Thái");
    }

    @Test
    void pointLayersAreGeoJsonPointsInsideTheirCommunes() {
        JsonNode stations = JSON.readTree(
                http.json("GET", "/api/map/pois?layer=STATION", leader, null).body());
        assertThat(stations.get("features")).hasSize(4);
        for (JsonNode f : stations.get("features")) {
            assertThat(f.at("/geometry/type").asString()).isEqualTo("Point");
            assertThat(f.at("/properties/layer").asString()).isEqualTo("STATION");
            assertThat(f.at("/properties/unitCode").asString()).matches("11[56]\\d\\d");
            assertThat(f.at("/properties/Sông").asString()).isIn("Cấm", "Lạch Tray");
        }
        JsonNode offices =
                JSON.readTree(http.json("GET", "/api/map/pois?layer=OFFICE&q=ubnd%20xa%20le%20thien", leader, null)
                        .body());
        assertThat(offices.get("features")).hasSize(1);
        assertThat(offices.at("/features/0/properties/name").asString()).isEqualTo("UBND xã Lê Thiện");
        assertThat(offices.at("/features/0/properties/link").asString()).isEqualTo("/units/11584");

        assertThat(http.json("GET", "/api/map/pois?layer=NOPE", leader, null).statusCode())
                .isEqualTo(400);
    }

    @Test
    void searchIgnoresDiacritics() {
        JsonNode hits = JSON.readTree(
                http.json("GET", "/api/map/search?q=le%20thien", leader, null).body());

        assertThat(hits.get(0).get("kind").asString()).isEqualTo("UNIT");
        assertThat(hits.get(0).get("key").asString()).isEqualTo("11584");
        assertThat(hits.get(0).get("name").asString()).isEqualTo("Xã Lê Thiện");
        List<String> names = new ArrayList<>();
        hits.forEach(h -> names.add(h.get("name").asString()));
        assertThat(names).contains("UBND xã Lê Thiện", "Trạm Y tế xã Lê Thiện");
        assertThat(JSON.readTree(
                        http.json("GET", "/api/map/search?q=", leader, null).body()))
                .isEmpty();
    }

    @Test
    void boundaryImportIsAllOrNothingAndReportsEveryRejectedFeature() {
        String rejected = """
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","properties":{"code":"T-MAP-1"},"geometry":%s},
                  {"type":"Feature","properties":{"code":"KHONG-CO"},"geometry":%s},
                  {"type":"Feature","properties":{"code":"T-MAP-2"},"geometry":
                    {"type":"Polygon","coordinates":[[[106.0,20.0],[106.1,20.0],[106.1,20.1],[106.0,20.1]]]}},
                  {"type":"Feature","properties":{},"geometry":%s},
                  {"type":"Feature","properties":{"code":"T-MAP-2"},"geometry":{"type":"Point","coordinates":[106,20]}}
                ]}""".formatted(SQUARE, SQUARE, SQUARE);

        HttpResponse<String> response = http.json("POST", "/api/units/geometry", admin, rejected);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:toancanh:problem:invalid-input");
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactly("features[1]", "features[2]", "features[3]", "features[4]");
        assertThat(problem.at("/errors/0/reason").asString()).contains("KHONG-CO");
        assertThat(problem.at("/errors/1/reason").asString()).contains("khép kín");
        assertThat(problem.at("/errors/2/reason").asString()).contains("code");
        assertThat(problem.at("/errors/3/reason").asString()).contains("Point");
        assertThat(geometryOf("T-MAP-1")).isNull();

        String valid = """
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","properties":{"code":"T-MAP-1","name":"ignored"},"geometry":%s}]}""".formatted(SQUARE);
        HttpResponse<String> ok = http.json("POST", "/api/units/geometry", admin, valid);

        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).get("applied").asInt()).isEqualTo(1);
        assertThat(geometryOf("T-MAP-1")).contains("Polygon");
        assertThat(jdbc.sql("SELECT latitude FROM org_unit WHERE code = 'T-MAP-1'")
                        .query(Double.class)
                        .single())
                .isCloseTo(20.1, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_log
                         WHERE username = 'map.admin' AND action = 'UPDATE_GEOMETRY' AND entity_key = 'T-MAP-1'""").query(Long.class).single()).isPositive();
        JsonNode children = JSON.readTree(
                http.json("GET", "/api/map/units?parent=T-MAP", leader, null).body());
        List<String> codes = new ArrayList<>();
        children.get("features").forEach(f -> codes.add(f.get("id").asString()));
        assertThat(codes).contains("T-MAP-1");
    }

    @Test
    void oneUnitsGeometryIsCheckedAndMovesItsPoint() {
        String triangle =
                "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[106.3,20.3],[106.6,20.3],[106.3,20.6],[106.3,20.3]]]]}";
        HttpResponse<String> ok = http.json("PUT", "/api/units/T-MAP-2/geometry", admin, triangle);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        JsonNode unit = JSON.readTree(ok.body());
        assertThat(unit.at("/geometry/type").asString()).isEqualTo("MultiPolygon");
        assertThat(unit.get("latitude").asDouble()).isCloseTo(20.4, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(unit.get("longitude").asDouble()).isCloseTo(106.4, org.assertj.core.data.Offset.offset(1e-6));

        HttpResponse<String> bad = http.json(
                "PUT", "/api/units/T-MAP-2/geometry", admin, "{\"type\":\"Polygon\",\"coordinates\":[[[200,20]]]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).at("/errors/0/field").asString()).isEqualTo("geometry");
        assertThat(http.json("PUT", "/api/units/KHONG-CO/geometry", admin, SQUARE)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void adminCreatesEditsAndDeletesAPointLocatedInItsCommune() {
        JsonNode leThien = JSON.readTree(http.json("GET", "/api/map/search?q=xa%20le%20thien", leader, null)
                        .body())
                .get(0);
        String body = """
                {"layer":"CAMERA","name":"Camera thử nghiệm","latitude":%s,"longitude":%s,
                 "properties":{"Trạng thái":"Đang hoạt động"},"link":"https://camera.example.vn/1","public":false}""".formatted(
                leThien.get("latitude").asDouble(), leThien.get("longitude").asDouble());

        HttpResponse<String> created = http.json("POST", "/api/map/pois", admin, body);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode poi = JSON.readTree(created.body());
        long id = poi.get("id").asLong();
        createdPois.add(id);
        assertThat(poi.get("unitCode").asString()).isEqualTo("11584");
        assertThat(poi.get("unitName").asString()).isEqualTo("Xã Lê Thiện");
        assertThat(poi.at("/properties/Trạng thái").asString()).isEqualTo("Đang hoạt động");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/map/pois/" + id);

        HttpResponse<String> updated =
                http.json("PUT", "/api/map/pois/" + id, admin, body.replace("Camera thử nghiệm", "Camera cổng chợ"));
        assertThat(JSON.readTree(updated.body()).get("name").asString()).isEqualTo("Camera cổng chợ");

        HttpResponse<String> invalid =
                http.json("PUT", "/api/map/pois/" + id, admin, "{\"layer\":\"CAMERA\",\"name\":\"\",\"latitude\":95}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        JSON.readTree(invalid.body())
                .get("errors")
                .forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactly("name", "latitude", "longitude");

        assertThat(http.json("DELETE", "/api/map/pois/" + id, admin, null).statusCode())
                .isEqualTo(204);
        assertThat(http.json("GET", "/api/map/pois/" + id, leader, null).statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("""
                        SELECT string_agg(action, ',' ORDER BY id) FROM audit_log
                         WHERE entity_type = 'map_poi' AND entity_key = :id""")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .single())
                .isEqualTo("CREATE,UPDATE,DELETE");
    }

    @Test
    void pointImportIsAllOrNothingAndExportImportsBack() {
        String rejected = """
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","properties":{"name":"Cầu mới"},"geometry":{"type":"Point","coordinates":[106.6,20.88]}},
                  {"type":"Feature","properties":{"name":""},"geometry":{"type":"Point","coordinates":[106.6,20.88]}},
                  {"type":"Feature","properties":{"name":"Không toạ độ"},"geometry":null}
                ]}""";

        HttpResponse<String> response = http.json("POST", "/api/map/pois/import?layer=OTHER", admin, rejected);

        assertThat(response.statusCode()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        JSON.readTree(response.body())
                .get("errors")
                .forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactly("features[1].name", "features[2].geometry");
        assertThat(count("OTHER")).isZero();

        String valid = rejected.replace("\"name\":\"\"", "\"name\":\"Nhà văn hoá\",\"Vốn (tỷ đồng)\":12.5")
                .replace(
                        ",\n  {\"type\":\"Feature\",\"properties\":{\"name\":\"Không toạ độ\"},\"geometry\":null}", "");
        HttpResponse<String> ok = http.json("POST", "/api/map/pois/import?layer=OTHER", admin, valid);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(count("OTHER")).isEqualTo(2);

        HttpResponse<String> export = http.json("GET", "/api/map/pois/export?layer=OTHER", leader, null);
        assertThat(export.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("diem-ban-do-other.geojson"));
        JsonNode exported = JSON.readTree(export.body());
        assertThat(exported.get("features")).hasSize(2);
        assertThat(exported.at("/features/1/properties/Vốn (tỷ đồng)").asDouble())
                .isEqualTo(12.5);

        HttpResponse<String> replaced =
                http.json("POST", "/api/map/pois/import?layer=OTHER&replace=true", admin, export.body());
        assertThat(JSON.readTree(replaced.body()).get("replaced").asInt()).isEqualTo(2);
        assertThat(count("OTHER")).isEqualTo(2);
    }

    @Test
    void onlyAdminsWrite() {
        String collection = "{\"type\":\"FeatureCollection\",\"features\":[]}";
        assertThat(http.json("POST", "/api/units/geometry", leader, collection).statusCode())
                .isEqualTo(403);
        assertThat(http.json("PUT", "/api/units/11584/geometry", leader, SQUARE).statusCode())
                .isEqualTo(403);
        assertThat(http.json("POST", "/api/map/pois", leader, "{}").statusCode())
                .isEqualTo(403);
        assertThat(http.json("POST", "/api/map/pois/import?layer=CAMERA", leader, collection)
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.json("DELETE", "/api/map/pois/1", leader, null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> denied = http.json("POST", "/api/map/pois", leader, "{}");
        assertThat(JSON.readTree(denied.body()).get("type").asString()).isEqualTo("urn:toancanh:problem:forbidden");
        assertThat(http.json("GET", "/api/map/units", null, null).statusCode()).isEqualTo(401);
    }

    private String geometryOf(String code) {
        return jdbc.sql("SELECT geometry::text FROM org_unit WHERE code = :c")
                .param("c", code)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private long count(String layer) {
        return jdbc.sql("SELECT count(*) FROM map_poi WHERE layer = :l")
                .param("l", layer)
                .query(Long.class)
                .single();
    }
}
