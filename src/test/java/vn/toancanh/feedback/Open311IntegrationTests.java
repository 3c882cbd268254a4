package vn.toancanh.feedback;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.identity.TestUsers;

/**
 * The Open311 GeoReport v2 API against the specification: every resource in JSON and in XML with the spec's field
 * names, types and formats (W3C date-times with an offset, numbers for lat/long, booleans for metadata and
 * required), the filters of GET requests, tokens, the error list (400, 403, 404, 429) in both formats, and no
 * contact details ever in an answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {
            "toancanh.public.rate-limits.open311-post=40",
            // small, so that the test can go over it
            "spring.servlet.multipart.max-file-size=1MB",
            "spring.servlet.multipart.max-request-size=2MB"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Open311IntegrationTests {

    /** The fields of a service request, in the spec's order. */
    static final List<String> REQUEST_FIELDS = List.of(
            "service_request_id",
            "status",
            "status_notes",
            "service_name",
            "service_code",
            "description",
            "agency_responsible",
            "service_notice",
            "requested_datetime",
            "updated_datetime",
            "expected_datetime",
            "address",
            "address_id",
            "zipcode",
            "lat",
            "long",
            "media_url");

    static final Pattern W3C = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    FeedbackTestSupport t;
    String key;
    long unitId;
    String roadCode;
    String wasteCode;

    @BeforeAll
    void setUp() throws Exception {
        t = new FeedbackTestSupport(jdbc, port);
        unitId = TestUsers.ensureUnit(jdbc, "FB-311-KTHT", "Phòng Kinh tế và Hạ tầng (thử)", "DEPARTMENT");
        roadCode = "T311-DUONG";
        wasteCode = "T311-RAC";
        t.category(roadCode, "Đường hỏng (thử)", 72, unitId, true, true);
        t.category(wasteCode, "Rác thải (thử)", 48, unitId, false, true);
        t.category("T311-CU", "Lĩnh vực đã bỏ", 48, null, false, false);
        key = t.apiKey("Ứng dụng thử 311");
    }

    @Test
    @Order(1)
    void discoveryNamesTheEndpointTheSpecificationAndBothFormats() throws Exception {
        JsonNode d = json.readTree(
                ok(t.get("/open311/v2/discovery.json"), "application/json").body());
        assertThat(d.has("changeset") && d.has("contact") && d.has("key_service"))
                .isTrue();
        JsonNode endpoint = d.get("endpoints").get(0);
        assertThat(endpoint.get("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(endpoint.get("url").asString()).endsWith("/open311/v2");
        assertThat(endpoint.get("type").asString()).isIn("production", "test");
        assertThat(texts(endpoint.get("formats"))).containsExactlyInAnyOrder("text/xml", "application/json");
        assertThat(W3C.matcher(d.get("changeset").asString()).matches()).isTrue();

        Document x = xml(ok(t.get("/open311/v2/discovery.xml"), "text/xml"));
        assertThat(x.getDocumentElement().getNodeName()).isEqualTo("discovery");
        Element e = child(child(x.getDocumentElement(), "endpoints"), "endpoint");
        assertThat(text(e, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(children(child(e, "formats"), "format").stream().map(Node::getTextContent))
                .containsExactlyInAnyOrder("text/xml", "application/json");
    }

    @Test
    @Order(2)
    void servicesListActiveCategoriesWithTheSpecsFields() throws Exception {
        JsonNode services = json.readTree(
                ok(t.get("/open311/v2/services.json"), "application/json").body());
        assertThat(services.isArray()).isTrue();
        JsonNode road = find(services, "service_code", roadCode);
        assertThat(names(road))
                .containsExactly(
                        "service_code", "service_name", "description", "metadata", "type", "keywords", "group");
        assertThat(road.get("service_name").asString()).isEqualTo("Đường hỏng (thử)");
        assertThat(road.get("metadata").isBoolean()).isTrue();
        assertThat(road.get("metadata").asBoolean()).isTrue();
        assertThat(find(services, "service_code", wasteCode).get("metadata").asBoolean())
                .isFalse();
        assertThat(road.get("type").asString()).isIn("realtime", "batch", "blackbox");
        assertThat(road.get("group").asString()).isEqualTo("Thử");
        assertThat(services.toString()).doesNotContain("T311-CU");

        Document x = xml(ok(t.get("/open311/v2/services.xml"), "text/xml"));
        assertThat(x.getDocumentElement().getNodeName()).isEqualTo("services");
        Element service = children(x.getDocumentElement(), "service").stream()
                .filter(s -> text(s, "service_code").equals(roadCode))
                .findFirst()
                .orElseThrow();
        assertThat(childNames(service))
                .containsExactly(
                        "service_code", "service_name", "description", "metadata", "type", "keywords", "group");
        assertThat(text(service, "metadata")).isEqualTo("true");
        assertThat(text(service, "service_name")).isEqualTo("Đường hỏng (thử)");
    }

    @Test
    @Order(3)
    void aServiceDefinitionListsItsAttributesWithValues() throws Exception {
        JsonNode d = json.readTree(ok(t.get("/open311/v2/services/" + roadCode + ".json"), "application/json")
                .body());
        assertThat(d.get("service_code").asString()).isEqualTo(roadCode);
        JsonNode first = d.get("attributes").get(0);
        assertThat(names(first))
                .containsExactly(
                        "variable",
                        "code",
                        "datatype",
                        "required",
                        "datatype_description",
                        "order",
                        "description",
                        "values");
        assertThat(first.get("variable").asBoolean()).isTrue();
        assertThat(first.get("datatype").asString()).isEqualTo("singlevaluelist");
        assertThat(first.get("required").isBoolean() && first.get("required").asBoolean())
                .isTrue();
        assertThat(first.get("order").isInt()).isTrue();
        assertThat(first.get("values").get(1).get("key").asString()).isEqualTo("nang");
        assertThat(first.get("values").get(1).get("name").asString()).isEqualTo("Nặng");
        assertThat(d.get("attributes").get(2).has("values"))
                .as("a number has no values")
                .isFalse();

        Document x = xml(ok(t.get("/open311/v2/services/" + roadCode + ".xml"), "text/xml"));
        assertThat(x.getDocumentElement().getNodeName()).isEqualTo("service_definition");
        List<Element> attributes = children(child(x.getDocumentElement(), "attributes"), "attribute");
        assertThat(attributes).hasSize(3);
        assertThat(text(attributes.get(0), "required")).isEqualTo("true");
        List<Element> values = children(child(attributes.get(0), "values"), "value");
        assertThat(values.stream().map(v -> text(v, "key"))).containsExactly("nho", "nang");

        error(t.get("/open311/v2/services/KHONG-CO.json"), 404, "KHONG-CO");
        xmlError(t.get("/open311/v2/services/KHONG-CO.xml"), 404);
        error(t.get("/open311/v2/services/T311-CU.json"), 404, "T311-CU");
    }

    @Test
    @Order(4)
    void postingNeedsAValidKeyAServiceALocationAndTheRequiredAttributes() throws Exception {
        error(t.post("/open311/v2/requests.json", fields(null, roadCode)), 403, "api_key");
        error(t.post("/open311/v2/requests.json", fields("o311_sai", roadCode)), 403, "api_key");
        xmlError(t.post("/open311/v2/requests.xml", fields("o311_sai", roadCode)), 403);
        error(
                t.post("/open311/v2/requests.json", List.of(entry("api_key", key), entry("description", "Ổ gà lớn"))),
                400,
                "service_code");
        error(t.post("/open311/v2/requests.json", fields(key, "KHONG-CO")), 404, "KHONG-CO");

        List<Map.Entry<String, String>> noAttribute = new ArrayList<>(fields(key, roadCode));
        noAttribute.removeIf(e -> e.getKey().startsWith("attribute["));
        error(t.post("/open311/v2/requests.json", noAttribute), 400, "attribute[muc_do]");

        List<Map.Entry<String, String>> noPlace = new ArrayList<>(fields(key, roadCode));
        noPlace.removeIf(e -> List.of("lat", "long", "address_string").contains(e.getKey()));
        error(t.post("/open311/v2/requests.json", noPlace), 400, "lat");

        List<Map.Entry<String, String>> badValue = new ArrayList<>(fields(key, roadCode));
        badValue.replaceAll(e -> e.getKey().equals("attribute[muc_do]") ? entry("attribute[muc_do]", "rat_nang") : e);
        badValue.replaceAll(e -> e.getKey().equals("lat") ? entry("lat", "abc") : e);
        error(t.post("/open311/v2/requests.json", badValue), 400, "lat");
        List<Map.Entry<String, String>> twoMistakes =
                with(with(fields(key, roadCode), "attribute[muc_do]", "rat_nang"), "description", "ngắn");
        HttpResponse<String> bad = t.post("/open311/v2/requests.json", twoMistakes);
        JsonNode errors = json.readTree(error(bad, 400, "attribute[muc_do]").body());
        assertThat(errors.size()).as("every mistake listed: %s", bad.body()).isEqualTo(2);
        assertThat(bad.body()).contains("description");

        HttpResponse<String> addressOnly =
                t.post("/open311/v2/requests.json", with(noPlace, "address_string", "Chợ Hỗ"));
        assertThat(addressOnly.statusCode())
                .as("an address is place enough: %s", addressOnly.body())
                .isEqualTo(200);

        long before = jdbc.sql("SELECT count(*) FROM feedback_request")
                .query(Long.class)
                .single();
        HttpResponse<String> wrongEmail =
                t.post("/open311/v2/requests.json", with(fields(key, roadCode), "email", "khong-phai-email"));
        error(wrongEmail, 400, "email");
        assertThat(jdbc.sql("SELECT count(*) FROM feedback_request")
                        .query(Long.class)
                        .single())
                .as("a rejected request writes nothing")
                .isEqualTo(before);
    }

    @Test
    @Order(5)
    void aPostedRequestIsReadBackInBothFormatsWithoutContactDetails() throws Exception {
        HttpResponse<String> posted =
                ok(t.post("/open311/v2/requests.json", fields(key, roadCode)), "application/json");
        JsonNode created = json.readTree(posted.body());
        assertThat(created.isArray()).isTrue();
        assertThat(names(created.get(0))).contains("service_request_id", "service_notice", "account_id");
        String id = created.get(0).get("service_request_id").asString();
        String token = created.get(0).get("token").asString();
        assertThat(id).matches("PA-[0-9A-Z]{8}");
        assertThat(created.get(0).get("account_id").asString()).isEqualTo("acc-42");

        JsonNode r = json.readTree(ok(t.get("/open311/v2/requests/" + id + ".json"), "application/json")
                        .body())
                .get(0);
        assertThat(names(r)).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(r.get("status").asString()).isEqualTo("open");
        assertThat(r.get("service_code").asString()).isEqualTo(roadCode);
        assertThat(r.get("service_name").asString()).isEqualTo("Đường hỏng (thử)");
        assertThat(r.get("description").asString()).isEqualTo("Ổ gà sâu giữa đường, xe máy dễ ngã");
        assertThat(r.get("agency_responsible").asString()).isEqualTo("Phòng Kinh tế và Hạ tầng (thử)");
        assertThat(r.get("lat").isNumber() && r.get("long").isNumber()).isTrue();
        assertThat(r.get("lat").asDouble()).isEqualTo(20.8449);
        assertThat(r.get("long").asDouble()).isEqualTo(106.6012);
        for (String f : List.of("requested_datetime", "updated_datetime", "expected_datetime")) {
            assertThat(r.get(f).asString()).matches(W3C);
        }
        OffsetDateTime requested =
                OffsetDateTime.parse(r.get("requested_datetime").asString());
        OffsetDateTime expected =
                OffsetDateTime.parse(r.get("expected_datetime").asString());
        assertThat(requested.getOffset()).isEqualTo(ZoneOffset.ofHours(7));
        assertThat(java.time.Duration.between(requested, expected).toHours()).isEqualTo(72);
        assertThat(r.get("media_url").asString()).isEqualTo("https://anh.example.vn/o-ga.jpg");
        String everything =
                t.get("/open311/v2/requests.json?service_request_id=" + id).body()
                        + t.get("/open311/v2/requests/" + id + ".xml").body();
        assertThat(everything).doesNotContain("nguyenvana@example.vn", "0912345678", "Nguyễn", "device-7");

        Document x = xml(ok(t.get("/open311/v2/requests/" + id + ".xml"), "text/xml"));
        assertThat(x.getDocumentElement().getNodeName()).isEqualTo("service_requests");
        Element request = child(x.getDocumentElement(), "request");
        assertThat(childNames(request)).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(text(request, "status")).isEqualTo("open");
        assertThat(text(request, "lat")).isEqualTo("20.8449");
        assertThat(text(request, "requested_datetime")).matches(W3C);
        assertThat(text(request, "zipcode")).isEmpty();

        Map<String, Object> stored = jdbc.sql("""
                        SELECT r.channel, r.client_name, r.contact_email, r.attributes::text AS a, r.status,
                               r.unit_id FROM feedback_request r WHERE r.code = :c""").param("c", id).query().singleRow();
        assertThat(stored.get("channel")).isEqualTo("OPEN311");
        assertThat(stored.get("client_name")).isEqualTo("Ứng dụng thử 311");
        assertThat(stored.get("contact_email")).isEqualTo("nguyenvana@example.vn");
        assertThat(stored.get("status")).isEqualTo("ASSIGNED");
        assertThat(stored.get("unit_id")).isEqualTo(unitId);
        JsonNode answers = json.readTree((String) stored.get("a"));
        assertThat(texts(answers.get("loai"))).containsExactly("o_ga", "nut");
        assertThat(texts(answers.get("muc_do"))).containsExactly("nang");

        JsonNode tok = json.readTree(ok(t.get("/open311/v2/tokens/" + token + ".json"), "application/json")
                .body());
        assertThat(tok.get(0).get("service_request_id").asString()).isEqualTo(id);
        assertThat(tok.get(0).get("token").asString()).isEqualTo(token);
        Document tx = xml(ok(t.get("/open311/v2/tokens/" + token + ".xml"), "text/xml"));
        assertThat(text(child(tx.getDocumentElement(), "request"), "service_request_id"))
                .isEqualTo(id);
        error(t.get("/open311/v2/tokens/khongco.json"), 404, "token");
        error(t.get("/open311/v2/requests/PA-KHONGCO0.json"), 404, "PA-KHONGCO0");
        xmlError(t.get("/open311/v2/requests/PA-KHONGCO0.xml"), 404);

        HttpResponse<String> inXml = ok(t.post("/open311/v2/requests.xml", fields(key, wasteCode)), "text/xml");
        Element posted2 = child(xml(inXml).getDocumentElement(), "request");
        assertThat(text(posted2, "service_request_id")).matches("PA-[0-9A-Z]{8}");
    }

    @Test
    @Order(6)
    void requestsAreFilteredByIdServiceStatusAndDates() throws Exception {
        String a = postedId(roadCode);
        String b = postedId(wasteCode);
        jdbc.sql("""
                        UPDATE feedback_request SET status = 'RESOLVED', public_reply = 'Đã vá ổ gà',
                               resolved_at = now(), updated_at = now() WHERE code = :c""").param("c", a).update();

        JsonNode both = json.readTree(t.get("/open311/v2/requests.json?service_request_id=" + a + "," + b)
                .body());
        assertThat(ids(both)).containsExactlyInAnyOrder(a, b);
        JsonNode closed = find(both, "service_request_id", a);
        assertThat(closed.get("status").asString()).isEqualTo("closed");
        assertThat(closed.get("status_notes").asString()).isEqualTo("Đã vá ổ gà");

        assertThat(ids(json.readTree(t.get("/open311/v2/requests.json?status=closed&service_code=" + roadCode)
                        .body())))
                .contains(a)
                .doesNotContain(b);
        assertThat(ids(json.readTree(t.get("/open311/v2/requests.json?status=open&service_code=" + wasteCode)
                        .body())))
                .contains(b)
                .doesNotContain(a);
        assertThat(ids(json.readTree(t.get("/open311/v2/requests.json?service_code=" + wasteCode)
                        .body())))
                .contains(b)
                .doesNotContain(a);
        assertThat(ids(json.readTree(t.get("/open311/v2/requests.json").body())))
                .contains(a, b);

        String longAgo = FeedbackTestSupport.enc("2025-01-01T00:00:00+07:00");
        String later = FeedbackTestSupport.enc("2025-02-01T00:00:00+07:00");
        HttpResponse<String> old =
                ok(t.get("/open311/v2/requests.json?start_date=" + longAgo + "&end_date=" + later), "application/json");
        assertThat(json.readTree(old.body()).size()).isZero();
        Document empty =
                xml(ok(t.get("/open311/v2/requests.xml?start_date=" + longAgo + "&end_date=" + later), "text/xml"));
        assertThat(empty.getDocumentElement().getNodeName()).isEqualTo("service_requests");
        assertThat(children(empty.getDocumentElement(), "request")).isEmpty();

        error(t.get("/open311/v2/requests.json?start_date=hom-qua"), 400, "start_date");
        error(
                t.get("/open311/v2/requests.json?start_date=" + longAgo + "&end_date="
                        + FeedbackTestSupport.enc("2025-06-01T00:00:00+07:00")),
                400,
                "90 days");
        error(t.get("/open311/v2/requests.json?status=pending"), 400, "status");
        xmlError(t.get("/open311/v2/requests.xml?status=pending"), 400);
        error(t.get("/open311/v2/services.csv"), 400, "xml");
    }

    @Test
    @Order(7)
    void aPhotoIsPostedAsMediaCleanedAndLinkedWhileOversizedOrForeignFilesAreRefused() throws Exception {
        List<Map.Entry<String, String>> fields = with(fields(key, wasteCode), "media_url", "");
        HttpResponse<String> posted = t.multipart(
                "/open311/v2/requests.json",
                fields,
                "media",
                "rac.jpg",
                "image/jpeg",
                TestPhotos.withExif(TestPhotos.jpeg(800, 600), TestPhotos.SECRET));
        String id = json.readTree(ok(posted, "application/json").body())
                .get(0)
                .get("service_request_id")
                .asString();
        String mediaUrl = json.readTree(
                        t.get("/open311/v2/requests/" + id + ".json").body())
                .get(0)
                .get("media_url")
                .asString();
        assertThat(mediaUrl).matches("http://[^/]+/portal/feedback/" + id + "/photos/\\d+");
        HttpResponse<String> photo = t.get(mediaUrl.replaceFirst("http://[^/]+", ""));
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(photo.body()).doesNotContain("GPSLatitude");

        long before = stored();
        error(
                t.multipart(
                        "/open311/v2/requests.json",
                        fields,
                        "media",
                        "rac.jpg",
                        "image/jpeg",
                        java.util.Arrays.copyOf(TestPhotos.jpeg(100, 100), 1_200_000)),
                413,
                "media: Tệp quá lớn (tối đa 1 MB)");
        error(
                t.multipart(
                        "/open311/v2/requests.json",
                        fields,
                        "media",
                        "rac.jpg",
                        "image/jpeg",
                        "<html>không phải ảnh</html>".getBytes(StandardCharsets.UTF_8)),
                400,
                "media: Chỉ nhận ảnh JPEG hoặc PNG");
        xmlError(
                t.multipart(
                        "/open311/v2/requests.xml",
                        fields,
                        "media",
                        "rac.png",
                        "image/png",
                        java.util.Arrays.copyOf(TestPhotos.jpeg(100, 100), 1_200_000)),
                413);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    @Order(9)
    void postingBeyondTheRateIsRefusedWithRetryAfter() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 45; i++) {
            last = t.post("/open311/v2/requests.json", fields(key, wasteCode));
            if (last.statusCode() == 429) {
                break;
            }
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).contains("60");
        JsonNode errors = json.readTree(last.body());
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(429);
    }

    private String postedId(String service) throws Exception {
        return json.readTree(ok(t.post("/open311/v2/requests.json", fields(key, service)), "application/json")
                        .body())
                .get(0)
                .get("service_request_id")
                .asString();
    }

    private List<Map.Entry<String, String>> fields(String apiKey, String service) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        if (apiKey != null) {
            f.add(entry("api_key", apiKey));
        }
        f.add(entry("service_code", service));
        f.add(entry("lat", "20.8449"));
        f.add(entry("long", "106.6012"));
        f.add(entry("address_string", "Đường 351, thôn Kiều Hạ"));
        f.add(entry("description", "Ổ gà sâu giữa đường, xe máy dễ ngã"));
        f.add(entry("media_url", "https://anh.example.vn/o-ga.jpg"));
        f.add(entry("email", "nguyenvana@example.vn"));
        f.add(entry("first_name", "Nguyễn"));
        f.add(entry("last_name", "Văn A"));
        f.add(entry("phone", "0912345678"));
        f.add(entry("device_id", "device-7"));
        f.add(entry("account_id", "acc-42"));
        if (service.equals(roadCode)) {
            f.add(entry("attribute[muc_do]", "nang"));
            f.add(entry("attribute[loai][]", "o_ga"));
            f.add(entry("attribute[loai][]", "nut"));
        }
        return f;
    }

    private static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> f, String name, String value) {
        List<Map.Entry<String, String>> out = new ArrayList<>(f);
        out.removeIf(e -> e.getKey().equals(name));
        out.add(entry(name, value));
        return out;
    }

    /** Requests of the waste category (the database is shared by the class's tests). */
    private long stored() {
        return jdbc.sql("SELECT count(*) FROM feedback_request r JOIN feedback_category c ON c.id = r.category_id"
                        + " WHERE c.code = :c")
                .param("c", wasteCode)
                .query(Long.class)
                .single();
    }

    private static HttpResponse<String> ok(HttpResponse<String> r, String type) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
                .startsWith(type)
                .containsIgnoringCase("utf-8");
        return r;
    }

    private HttpResponse<String> error(HttpResponse<String> r, int status, String mentions) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode errors = json.readTree(r.body());
        assertThat(errors.isArray()).as(r.body()).isTrue();
        for (JsonNode e : errors) {
            assertThat(names(e)).containsExactly("code", "description");
            assertThat(e.get("code").isInt()).isTrue();
            assertThat(e.get("code").asInt()).isEqualTo(status);
        }
        assertThat(r.body()).contains(mentions);
        return r;
    }

    private static void xmlError(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
        Document x = xml(r);
        assertThat(x.getDocumentElement().getNodeName()).isEqualTo("errors");
        Element e = child(x.getDocumentElement(), "error");
        assertThat(text(e, "code")).isEqualTo(String.valueOf(status));
        assertThat(text(e, "description")).isNotBlank();
    }

    private static Document xml(HttpResponse<String> r) throws Exception {
        assertThat(r.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getNodeName()).isNotEmpty();
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getNodeName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<String> childNames(Element parent) {
        List<String> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e.getNodeName());
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    private static List<String> names(JsonNode o) {
        List<String> out = new ArrayList<>();
        o.propertyNames().forEach(out::add);
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static Set<String> ids(JsonNode array) {
        Set<String> out = new java.util.HashSet<>();
        array.forEach(n -> out.add(n.get("service_request_id").asString()));
        return out;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.get(field).asString().equals(value)) {
                return n;
            }
        }
        throw new AssertionError(field + "=" + value + " not in " + array);
    }
}
