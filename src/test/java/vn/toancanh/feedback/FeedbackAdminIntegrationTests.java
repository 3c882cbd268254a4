package vn.toancanh.feedback;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.support.Browser;

/**
 * The admins' pages for feedback categories and Open311 keys: only admins reach them; a category made on the form,
 * with a list question, is what Open311 serves; a mistake anywhere shows beside its field and writes nothing; an edit
 * keeps the code; a key is shown once, works, and stops working when revoked; every write is in the audit log. The
 * database outlives the run, so codes and names carry the run's mark and counts are compared, never assumed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class FeedbackAdminIntegrationTests {

    static final String ADMIN = "fba.admin";
    static final String OFFICER = "fba.officer";
    static final Dimension DESKTOP = new Dimension(1280, 900);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserAdminService users;

    TestHttp http;
    FeedbackTestSupport t;
    String admin;
    String officer;
    String run;
    long unitId;

    @BeforeAll
    void setUp() {
        http = new TestHttp(port);
        t = new FeedbackTestSupport(jdbc, port);
        TestUsers.ensure(users, jdbc, ADMIN, Role.ADMIN, null);
        TestUsers.ensure(users, jdbc, OFFICER, Role.DEPARTMENT_OFFICER, "FBA-PHONG");
        admin = TestHttp.basic(ADMIN, TestUsers.PASSWORD);
        officer = TestHttp.basic(OFFICER, TestUsers.PASSWORD);
        unitId = TestUsers.ensureUnit(jdbc, "FBA-KTHT", "Phòng Kinh tế và Hạ tầng (thử quản trị)", "DEPARTMENT");
        run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
    }

    @Test
    void onlyAdminsReachThePagesAndTheirForms() {
        String existing = "TA-" + run + "-O";
        t.category(existing, "Lĩnh vực có sẵn " + run, 24, null, false, true);
        long categories = count("feedback_category");
        long keys = count("feedback_api_key");
        for (String path :
                List.of("/feedback/categories", "/feedback/categories/new", "/feedback/categories/" + existing)) {
            assertThat(http.page(path, officer).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(http.page("/feedback/keys", officer).statusCode()).isEqualTo(403);
        assertThat(http.form("/feedback/categories", officer, category("TA-" + run + "-X", "Không được tạo", "24"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.form("/feedback/categories/" + existing, officer, category(existing, "Không được sửa", "24"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.form("/feedback/keys", officer, Map.of("name", "Ứng dụng lạ " + run))
                        .statusCode())
                .isEqualTo(403);
        long anyKey = jdbc.sql("SELECT COALESCE(max(id), 1) FROM feedback_api_key")
                .query(Long.class)
                .single();
        assertThat(http.form("/feedback/keys/" + anyKey + "/revoke", officer, Map.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(count("feedback_category")).isEqualTo(categories);
        assertThat(count("feedback_api_key")).isEqualTo(keys);
        assertThat(jdbc.sql("SELECT name FROM feedback_category WHERE code = :c")
                        .param("c", existing)
                        .query(String.class)
                        .single())
                .isEqualTo("Lĩnh vực có sẵn " + run);
        assertThat(http.page("/feedback", officer).body())
                .doesNotContain("/feedback/categories")
                .doesNotContain("/feedback/keys");
        assertThat(http.page("/feedback/categories", null).statusCode()).isEqualTo(302);
    }

    @Test
    void aCategoryMadeOnTheFormIsWhatOpen311Serves() throws Exception {
        String code = "TA-" + run + "-C";
        Map<String, String> form = category(code, "Cây xanh gãy đổ " + run, "72");
        form.put("defaultUnitId", String.valueOf(unitId));
        question(form, 0, "muc_do", "singlevaluelist", true, "Mức độ nguy hiểm", "1=Nhỏ; 2=Vừa; 3=Lớn");
        question(form, 1, "", "string", false, "", "");
        question(form, 2, "duong_kinh", "number", false, "Đường kính thân cây (cm)", "");
        HttpResponse<String> saved = http.form("/feedback/categories", admin, form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/feedback/categories");

        JsonNode definition =
                json.readTree(t.get("/open311/v2/services/" + code + ".json").body());
        JsonNode attributes = definition.get("attributes");
        assertThat(attributes).hasSize(2);
        JsonNode level = attributes.get(0);
        assertThat(level.get("code").asString()).isEqualTo("muc_do");
        assertThat(level.get("datatype").asString()).isEqualTo("singlevaluelist");
        assertThat(level.get("required").asBoolean()).isTrue();
        assertThat(level.get("order").asInt()).isEqualTo(1);
        assertThat(level.get("description").asString()).isEqualTo("Mức độ nguy hiểm");
        assertThat(level.get("values").findValuesAsString("key")).containsExactly("1", "2", "3");
        assertThat(level.get("values").findValuesAsString("name")).containsExactly("Nhỏ", "Vừa", "Lớn");
        assertThat(attributes.get(1).get("code").asString()).isEqualTo("duong_kinh");
        assertThat(attributes.get(1).get("order").asInt()).isEqualTo(2);
        assertThat(attributes.get(1).has("values")).isFalse();

        JsonNode services = json.readTree(t.get("/open311/v2/services.json").body());
        JsonNode service = null;
        for (JsonNode s : services) {
            if (s.get("service_code").asString().equals(code)) {
                service = s;
            }
        }
        assertThat(service).isNotNull();
        assertThat(service.get("group").asString()).isEqualTo("Môi trường");
        assertThat(service.get("metadata").asBoolean()).isTrue();

        String list = http.page("/feedback/categories", admin).body();
        assertThat(list).contains("data-code=\"" + code + "\"").contains("Phòng Kinh tế và Hạ tầng (thử quản trị)");
        assertThat(audits("CREATE", "feedback_category", code)).isEqualTo(1);
    }

    @Test
    void mistakesShowBesideTheirFieldsAndWriteNothing() {
        String taken = "TA-" + run + "-T";
        t.category(taken, "Mã đã dùng " + run, 24, null, false, true);
        long categories = count("feedback_category");
        long questions = count("feedback_category_attribute");
        long logged = jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'feedback_category'")
                .query(Long.class)
                .single();

        Map<String, String> form = category("sai mã!", "Tên đã gõ " + run, "0");
        question(form, 0, "loai", "multivaluelist", false, "Loại rác", "");
        question(form, 1, "", "string", false, "", "");
        question(form, 2, "kich_thuoc", "singlevaluelist", false, "Kích thước", "Nhỏ; Lớn");
        HttpResponse<String> page = http.form("/feedback/categories", admin, form);
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(error(body, "code-error")).contains("Mã gồm 1 đến 40 ký tự").contains("chữ in hoa");
        assertThat(error(body, "slaHours-error")).contains("từ 1 đến 8760");
        assertThat(error(body, "attr-0-values-error")).contains("ít nhất một lựa chọn");
        // The empty middle row is gone, so the third row's mistake is now beside the second.
        assertThat(error(body, "attr-1-values-error")).contains("mã=tên");
        assertThat(body)
                .contains("aria-describedby=\"code-help code-error\"")
                .contains("aria-describedby=\"slaHours-help slaHours-error\"")
                .contains("value=\"Tên đã gõ " + run + "\"")
                .contains("value=\"sai mã!\"")
                .contains("value=\"kich_thuoc\"")
                .contains("value=\"Nhỏ; Lớn\"");

        Map<String, String> duplicate = category(taken, "Trùng mã " + run, "24");
        String again = http.form("/feedback/categories", admin, duplicate).body();
        assertThat(error(again, "code-error")).contains("Đã có lĩnh vực mã " + taken);

        Map<String, String> badUnit = category("TA-" + run + "-U", "Đơn vị sai " + run, "9000");
        badUnit.put("defaultUnitId", "-7");
        String third = http.form("/feedback/categories", admin, badUnit).body();
        assertThat(error(third, "defaultUnitId-error")).contains("Không có đơn vị này");
        assertThat(error(third, "slaHours-error")).contains("8760");

        assertThat(count("feedback_category")).isEqualTo(categories);
        assertThat(count("feedback_category_attribute")).isEqualTo(questions);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'feedback_category'")
                        .query(Long.class)
                        .single())
                .isEqualTo(logged);
        assertThat(jdbc.sql("SELECT name FROM feedback_category WHERE code = :c")
                        .param("c", taken)
                        .query(String.class)
                        .single())
                .isEqualTo("Mã đã dùng " + run);
    }

    @Test
    void anEditKeepsTheCodeAndReplacesTheQuestions() throws Exception {
        String code = "TA-" + run + "-E";
        Map<String, String> form = category(code, "Lấn chiếm vỉa hè " + run, "72");
        question(form, 0, "muc_do", "singlevaluelist", true, "Mức độ", "1=Nhỏ; 2=Lớn");
        assertThat(http.form("/feedback/categories", admin, form).statusCode()).isEqualTo(302);
        long id = idOf(code);

        String edit = http.page("/feedback/categories/" + code, admin).body();
        assertThat(edit).contains("value=\"1=Nhỏ; 2=Lớn\"").contains("value=\"" + code + "\"");
        assertThat(Pattern.compile("<input[^>]*id=\"code\"[^>]*readonly")
                        .matcher(edit)
                        .find())
                .isTrue();

        Map<String, String> changed = category("TA-" + run + "-KHAC", "Lấn chiếm lòng đường " + run, "48");
        changed.remove("active");
        question(changed, 0, "so_xe", "number", false, "Số xe đỗ sai chỗ", "");
        HttpResponse<String> saved = http.form("/feedback/categories/" + code, admin, changed);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

        assertThat(idOf(code)).isEqualTo(id);
        assertThat(jdbc.sql("SELECT count(*) FROM feedback_category WHERE code = :c")
                        .param("c", "TA-" + run + "-KHAC")
                        .query(Long.class)
                        .single())
                .isZero();
        Map<String, Object> row = jdbc.sql("SELECT name, sla_hours, active FROM feedback_category WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(row).containsEntry("name", "Lấn chiếm lòng đường " + run).containsEntry("sla_hours", 48);
        assertThat(row.get("active")).isEqualTo(false);
        assertThat(jdbc.sql("SELECT code FROM feedback_category_attribute WHERE category_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("so_xe");
        assertThat(t.get("/open311/v2/services/" + code + ".json").statusCode()).isEqualTo(404);
        String list = http.page("/feedback/categories", admin).body();
        assertThat(list).contains("data-code=\"" + code + "\" data-active=\"false\"");
        assertThat(audits("UPDATE", "feedback_category", code)).isEqualTo(1);

        assertThat(http.page("/feedback/categories/KHONG-CO-" + run, admin).statusCode())
                .isEqualTo(404);
        assertThat(http.form("/feedback/categories/KHONG-CO-" + run, admin, changed)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aKeyIsShownOnceWorksAndIsRefusedOnceRevoked(CapturedOutput output) throws Exception {
        String service = "TA-" + run + "-K";
        t.category(service, "Chiếu sáng " + run, 48, null, false, true);
        String app = "Ứng dụng thử " + run;
        long keys = count("feedback_api_key");

        HttpResponse<String> empty = http.form("/feedback/keys", admin, Map.of("name", "  "));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(error(empty.body(), "name-error")).contains("Tên ứng dụng từ 1 đến 100 ký tự");
        assertThat(empty.body()).contains("aria-describedby=\"name-help name-error\"");
        assertThat(count("feedback_api_key")).isEqualTo(keys);

        Session session = new Session();
        HttpResponse<String> issued = session.post("/feedback/keys", Map.of("name", app));
        assertThat(issued.statusCode()).isEqualTo(302);
        String page = session.get("/feedback/keys").body();
        Matcher shown =
                Pattern.compile("id=\"fb-new-key\">(o311_[0-9a-f]{48})<").matcher(page);
        assertThat(shown.find()).as(page).isTrue();
        String key = shown.group(1);
        assertThat(page).contains("Khóa chỉ hiện một lần").contains(key.substring(0, 9) + "…");
        assertThat(session.get("/feedback/keys").body()).doesNotContain(key).doesNotContain("fb-new-key");
        assertThat(count("feedback_api_key")).isEqualTo(keys + 1);

        HttpResponse<String> posted = t.post("/open311/v2/requests.json", request(key, service));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        String code =
                json.readTree(posted.body()).get(0).get("service_request_id").asString();
        assertThat(jdbc.sql("SELECT client_name FROM feedback_request WHERE code = :c")
                        .param("c", code)
                        .query(String.class)
                        .single())
                .isEqualTo(app);

        long id = jdbc.sql("SELECT id FROM feedback_api_key WHERE name = :n")
                .param("n", app)
                .query(Long.class)
                .single();
        assertThat(http.form("/feedback/keys/" + id + "/revoke", admin, Map.of())
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> refused = t.post("/open311/v2/requests.json", request(key, service));
        assertThat(refused.statusCode()).isEqualTo(403);
        JsonNode error = json.readTree(refused.body()).get(0);
        assertThat(error.get("code").asInt()).isEqualTo(403);
        assertThat(error.get("description").asString()).contains("api_key");
        assertThat(http.page("/feedback/keys", admin).body())
                .contains("data-key-id=\"" + id + "\" data-active=\"false\"");
        assertThat(http.form("/feedback/keys/" + id + "/revoke", admin, Map.of())
                        .statusCode())
                .isEqualTo(404);

        assertThat(audits("CREATE", "open311_key", app)).isEqualTo(1);
        assertThat(audits("REVOKE", "open311_key", String.valueOf(id))).isEqualTo(1);
        assertThat(jdbc.sql("SELECT details FROM audit_log WHERE action = 'REVOKE' AND entity_key = :k")
                        .param("k", String.valueOf(id))
                        .query(String.class)
                        .single())
                .isEqualTo(app);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE details LIKE :k OR entity_key LIKE :k")
                        .param("k", "%" + key + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(output.getAll()).doesNotContain(key);
    }

    /** The pages in a real browser, with the session's CSRF token, at desktop and phone widths. */
    @Test
    void anAdminWorksBothPagesInABrowser() {
        String code = "TA-" + run + "-B";
        String name = "Đèn tín hiệu giao thông " + run;
        try (Browser b = Browser.open(port)) {
            b.login(ADMIN, TestUsers.PASSWORD);
            viewport(b, DESKTOP);
            b.go("/feedback");
            b.find("a[href$='/feedback/categories']").click();
            b.waitUntil(d -> !d.findElements(By.id("fb-categories")).isEmpty());
            shots(b, "feedback-admin-categories");
            click(b, "#fb-category-add");
            b.waitUntil(d -> !d.findElements(By.id("fb-category-form")).isEmpty());

            b.find("#code").sendKeys("sai mã");
            b.find("#name").sendKeys(name);
            replace(b.find("#slaHours"), "0");
            b.find("#attr-0-code").sendKeys("muc_do");
            new Select(b.find("#attr-0-datatype")).selectByValue("singlevaluelist");
            b.find("#attr-0-description").sendKeys("Mức độ hư hỏng");
            click(b, "#fb-category-save");
            b.waitUntil(d -> !d.findElements(By.id("code-error")).isEmpty());
            assertThat(b.text("#code-error")).contains("Mã gồm 1 đến 40 ký tự");
            assertThat(b.find("#code").getAttribute("class")).contains("is-invalid");
            assertThat(b.find("#code").getAttribute("aria-describedby")).contains("code-error");
            assertThat(b.text("#slaHours-error")).contains("8760");
            assertThat(b.text("#attr-0-values-error")).contains("ít nhất một lựa chọn");
            assertThat(b.find("#name").getAttribute("value")).isEqualTo(name);
            shots(b, "feedback-admin-category-errors");

            replace(b.find("#code"), code);
            replace(b.find("#slaHours"), "48");
            b.find("#attr-0-values").sendKeys("1=Nhỏ; 2=Vừa; 3=Lớn");
            new Select(b.find("#defaultUnitId")).selectByValue(String.valueOf(unitId));
            click(b, "#fb-category-save");
            b.waitUntil(d -> !d.findElements(By.id("fb-saved")).isEmpty());
            assertThat(b.text("#fb-saved")).contains(name);
            assertThat(b.text("tr[data-code='" + code + "']")).contains("2 ngày");

            b.go("/feedback/categories/" + code);
            assertThat(b.find("#code").getAttribute("readonly")).isNotNull();
            assertThat(b.find("#attr-0-values").getAttribute("value")).isEqualTo("1=Nhỏ; 2=Vừa; 3=Lớn");
            shots(b, "feedback-admin-category-form");

            b.go("/feedback/keys");
            b.find("#name").sendKeys("Ứng dụng trình duyệt " + run);
            click(b, "#fb-key-issue");
            b.waitUntil(d -> !d.findElements(By.id("fb-new-key")).isEmpty());
            assertThat(b.text("#fb-key-once")).contains("Khóa chỉ hiện một lần");
            shots(b, "feedback-admin-keys");
            String revoke = "button[aria-label='Thu hồi khóa của Ứng dụng trình duyệt " + run + "']";
            click(b, revoke);
            b.waitUntil(d -> d.switchTo().alert()).dismiss();
            assertThat(b.driver().findElements(By.id("fb-key-revoked"))).isEmpty();
            click(b, revoke);
            b.waitUntil(d -> d.switchTo().alert()).accept();
            b.waitUntil(d -> !d.findElements(By.id("fb-key-revoked")).isEmpty());
            assertThat(b.driver().findElements(By.id("fb-new-key"))).isEmpty();
            assertThat(b.driver().findElements(By.cssSelector(revoke))).isEmpty();
        }
    }

    /** The page at desktop and phone widths, as the screen shows it and whole. */
    private static void shots(Browser b, String name) {
        for (var size : List.of(entry("desktop", DESKTOP), entry("phone", Browser.PHONE))) {
            viewport(b, size.getValue());
            b.screenshot(name + "-" + size.getKey());
            long height = (Long) b.script("return document.documentElement.scrollHeight");
            viewport(b, new Dimension(size.getValue().width, (int) Math.min(height, 6000)));
            b.screenshot(name + "-" + size.getKey() + "-full");
        }
        viewport(b, DESKTOP);
    }

    /** Sizes the window so that the page itself (not the window around it) has this size. */
    private static void viewport(Browser b, Dimension size) {
        b.size(size);
        long width = (Long) b.script("return window.innerWidth");
        long height = (Long) b.script("return window.innerHeight");
        b.size(new Dimension(2 * size.width - (int) width, 2 * size.height - (int) height));
    }

    /**
     * Scrolls the element to the middle of the window first, at once: Bootstrap makes scrolling smooth, and a click
     * while the page still moves lands where the element was.
     */
    private static void click(Browser b, String css) {
        WebElement element = b.find(css);
        b.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private static void replace(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    /** The fields of a category, active, with no questions yet. */
    private static Map<String, String> category(String code, String name, String slaHours) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("name", name);
        form.put("description", "Phản ánh về " + name.toLowerCase(Locale.ROOT));
        form.put("group", "Môi trường");
        form.put("keywords", "cây, gãy đổ");
        form.put("slaHours", slaHours);
        form.put("defaultUnitId", "");
        form.put("active", "true");
        return form;
    }

    private static void question(
            Map<String, String> form,
            int row,
            String code,
            String datatype,
            boolean required,
            String description,
            String values) {
        String p = "attributes[" + row + "].";
        form.put(p + "code", code);
        form.put(p + "datatype", datatype);
        if (required) {
            form.put(p + "required", "true");
        }
        form.put(p + "description", description);
        form.put(p + "values", values);
    }

    private static List<Map.Entry<String, String>> request(String key, String service) {
        return List.of(
                entry("api_key", key),
                entry("service_code", service),
                entry("address_string", "Đường 351, thôn Kiều Hạ"),
                entry("description", "Cột đèn trước nhà văn hóa thôn không sáng"));
    }

    /** The text of the message with this id. */
    private static String error(String body, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<")
                .matcher(body);
        assertThat(m.find()).as("no #" + id + " in the page").isTrue();
        return m.group(1);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private long idOf(String code) {
        return jdbc.sql("SELECT id FROM feedback_category WHERE code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    private long audits(String action, String entityType, String key) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_log
                        WHERE action = :a AND entity_type = :t AND entity_key = :k AND username = :u""")
                .param("a", action)
                .param("t", entityType)
                .param("k", key)
                .param("u", ADMIN)
                .query(Long.class)
                .single();
    }

    /** An admin with a session cookie, as a browser keeps one: a flash attribute lives in the session. */
    private final class Session {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Authorization", admin)
                            .header("Accept", "text/html")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            String body = fields.entrySet().stream()
                    .map(e -> FeedbackTestSupport.enc(e.getKey()) + "=" + FeedbackTestSupport.enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Authorization", admin)
                            .header("Accept", "text/html")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
