package vn.toancanh.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.support.Axe;
import vn.toancanh.support.Browser;

/**
 * The citizens' side in a real browser, on a phone: the form shows each mistake beside its field in Vietnamese and
 * keeps what was typed; a request with a photo and a pin is sent and answered with a tracking code; the stored photo
 * has lost its camera metadata; robots (a filled honeypot, a form posted at once) are turned away; an officer answers
 * and the citizen reads the reply by the code; lookups are rate-limited; no serious accessibility violation anywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {"toancanh.feedback.min-fill-seconds=3", "toancanh.public.rate-limits.feedback-lookup=25"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CitizenFeedbackIntegrationTests {

    static final String OFFICER = "fb.citizen.kt";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdminService users;

    FeedbackTestSupport t;
    String trackingCode;

    @BeforeAll
    void setUp() {
        t = new FeedbackTestSupport(jdbc, port);
        long unit = TestUsers.ensureUnit(jdbc, "FB-CIT-KTHT", "Phòng Hạ tầng (thử công dân)", "DEPARTMENT");
        t.category("TCIT-DEN", "Đèn đường hỏng (thử)", 48, unit, false, true);
        TestUsers.ensure(users, jdbc, OFFICER, Role.DEPARTMENT_OFFICER, "FB-CIT-KTHT");
    }

    @Test
    @Order(1)
    void mistakesAreShownBesideTheirFieldsAndTypedTextIsKept() throws Exception {
        long before = stored();
        try (Browser browser = Browser.open(port)) {
            browser.size(Browser.PHONE).go("/portal/feedback");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.find("#description").sendKeys("ngắn");
            browser.find("#email").sendKeys("khong-phai-thu");
            pause(3100);
            click(browser, "#feedback-form button[type=submit]");
            browser.waitUntil(d -> !d.findElements(By.id("feedback-errors")).isEmpty());
            assertThat(browser.text("#category-error")).isEqualTo("Hãy chọn lĩnh vực phản ánh");
            assertThat(browser.text("#description-error")).contains("ít nhất 10 ký tự");
            assertThat(browser.text("#location-error")).contains("vị trí");
            assertThat(browser.text("#email-error")).contains("không hợp lệ");
            assertThat(browser.find("#description").getAttribute("value")).isEqualTo("ngắn");
            assertThat(browser.find("#description").getAttribute("class")).contains("is-invalid");
            assertThat(Axe.seriousViolations(browser)).isEmpty();

            // a photo over the limit is refused as it is chosen, before any upload
            Path big = Files.createTempFile("anh-lon", ".jpg");
            try {
                Files.write(big, java.util.Arrays.copyOf(TestPhotos.jpeg(200, 150), 9 * 1024 * 1024));
                browser.find("#photo").sendKeys(big.toAbsolutePath().toString());
                browser.waitUntil(d -> !browser.text("#photo-error").isEmpty());
                assertThat(browser.text("#photo-error"))
                        .isEqualTo("Ảnh lớn hơn 8 MB: hãy chọn ảnh khác hoặc chụp với độ phân giải thấp hơn.");
                assertThat(browser.find("#photo").getAttribute("value")).isEmpty();
                assertThat(browser.text("#photo-help")).contains("tối đa 8 MB");
            } finally {
                Files.deleteIfExists(big);
            }
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void robotsAreTurnedAwayAndNothingIsStored() {
        long before = stored();
        try (Browser browser = Browser.open(port)) {
            browser.size(Browser.PHONE).go("/portal/feedback");
            // a robot fills and posts the form the moment it has it
            browser.script("document.getElementById('category').value = 'TCIT-DEN';"
                    + "document.getElementById('description').value = 'Cả dãy đèn đường không sáng, mua thuốc giá rẻ';"
                    + "document.getElementById('address').value = 'Đường 351';"
                    + "document.getElementById('feedback-form').submit()");
            browser.waitUntil(d -> !d.findElements(By.id("feedback-errors")).isEmpty());
            assertThat(browser.text("#feedback-errors")).contains("quá nhanh");
            assertThat(browser.find("#description").getAttribute("value")).startsWith("Cả dãy đèn");

            browser.go("/portal/feedback");
            fill(browser);
            browser.script("document.getElementById('website').value = 'http://spam.example'");
            pause(3100);
            click(browser, "#feedback-form button[type=submit]");
            browser.waitUntil(d -> !d.findElements(By.id("feedback-errors")).isEmpty());
            assertThat(browser.text("#feedback-errors")).contains("Không gửi được");
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void aCitizenSendsFeedbackWithAPhotoAndGetsATrackingCode() throws Exception {
        Path photo = Files.createTempFile("den-hong", ".jpg");
        Files.write(photo, TestPhotos.withExif(TestPhotos.jpeg(1000, 750), TestPhotos.SECRET));
        try (Browser browser = Browser.open(port)) {
            browser.size(Browser.PHONE).go("/portal/feedback");
            fill(browser);
            browser.find("#photo").sendKeys(photo.toAbsolutePath().toString());
            browser.find("#name").sendKeys("Trần Thị Bình");
            browser.find("#phone").sendKeys("0987654321");
            pause(3100);
            click(browser, "#feedback-form button[type=submit]");
            browser.waitUntil(d -> !d.findElements(By.id("feedback-sent")).isEmpty());
            trackingCode = browser.driver().getCurrentUrl().replaceAll(".*/portal/feedback/(PA-[0-9A-Z]+).*", "$1");
            assertThat(trackingCode).matches("PA-[0-9A-Z]{8}");
            assertThat(browser.text("#feedback-sent")).contains(trackingCode);
            assertThat(browser.text("#feedback-status")).isEqualTo("Đã chuyển đơn vị xử lý");
            assertThat(browser.text("#feedback-unit")).isEqualTo("Phòng Hạ tầng (thử công dân)");
            assertThat(browser.text("#feedback-no-reply")).contains("Chưa có trả lời");
            assertThat(browser.find("main").getText()).doesNotContain("Trần Thị Bình", "0987654321");
            Boolean photoShown = browser.waitUntil(
                    d -> (Boolean)
                            browser.script(
                                    "var i = document.querySelector('main img.portal-photo'); return i && i.complete && i.naturalWidth > 0"));
            assertThat(photoShown).isTrue();
            assertThat(Axe.seriousViolations(browser)).isEmpty();
        } finally {
            Files.deleteIfExists(photo);
        }
        Map<String, Object> stored =
                jdbc.sql("""
                        SELECT r.contact_name, r.contact_phone, r.latitude, r.channel, p.id AS photo, p.width
                        FROM feedback_request r JOIN feedback_photo p ON p.request_id = r.id WHERE r.code = :c""").param("c", trackingCode).query().singleRow();
        assertThat(stored.get("contact_name")).isEqualTo("Trần Thị Bình");
        assertThat(stored.get("channel")).isEqualTo("WEB");
        assertThat(stored.get("latitude")).as("the pin set on the map").isNotNull();
        assertThat(stored.get("width")).isEqualTo(1000);
        HttpResponse<String> image = t.get("/portal/feedback/" + trackingCode + "/photos/" + stored.get("photo"));
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/jpeg");
        byte[] bytes = image.body().getBytes(StandardCharsets.ISO_8859_1);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude");
    }

    @Test
    @Order(4)
    void theOfficerResolvesItAndTheCitizenReadsTheReplyByTheCode() {
        assertThat(trackingCode).as("sent by the previous test").isNotNull();
        String reply = "Đã thay bóng đèn và sửa tủ điện chiều 02/12, cảm ơn bà đã báo.";
        try (Browser officer = Browser.open(port)) {
            officer.size(Browser.DESKTOP).login(OFFICER, TestUsers.PASSWORD).go("/feedback/" + trackingCode);
            assertThat(officer.text("#fb-contact")).contains("Trần Thị Bình", "0987654321");
            officer.find("#fb-start").click();
            officer.waitUntil(d -> !d.findElements(By.id("fb-done")).isEmpty());
            officer.find("#reply").sendKeys(reply);
            officer.find("#fb-resolve").click();
            officer.waitUntil(d -> !d.findElements(By.id("fb-reply")).isEmpty());
            assertThat(officer.text("#fb-reply")).isEqualTo(reply);
            assertThat(Axe.seriousViolations(officer)).isEmpty();
        }
        try (Browser citizen = Browser.open(port)) {
            citizen.size(Browser.PHONE).go("/portal/feedback/track");
            citizen.find("#code").sendKeys(trackingCode.toLowerCase());
            click(citizen, "main form[role=search] button[type=submit]");
            citizen.waitUntil(d -> d.getCurrentUrl().contains("/portal/feedback/" + trackingCode));
            assertThat(citizen.text("#feedback-status")).isEqualTo("Đã trả lời");
            assertThat(citizen.text("#feedback-reply")).isEqualTo(reply);
            assertThat(citizen.text("#feedback-steps"))
                    .contains("Tiếp nhận phản ánh", "Bắt đầu xử lý", "Trả lời kết quả xử lý");
            assertThat(citizen.find("main").getText()).doesNotContain("Trần Thị Bình", "0987654321");
            assertThat(Axe.seriousViolations(citizen)).isEmpty();
        }
    }

    @Test
    @Order(5)
    void lookupsBeyondTheRateAreRefused() throws Exception {
        int status = 0;
        for (int i = 0; i < 40 && status != 429; i++) {
            status = t.get("/portal/feedback/track?code=PA-0000000" + (i % 10)).statusCode();
        }
        assertThat(status).isEqualTo(429);
        HttpResponse<String> limited = t.get("/portal/feedback/track?code=PA-00000001");
        assertThat(limited.headers().firstValue("Retry-After")).contains("60");
        assertThat(limited.body()).contains("Quá nhiều lượt tra cứu");
    }

    /** Requests of the test's category (the database is shared by runs). */
    long stored() {
        return jdbc.sql("SELECT count(*) FROM feedback_request r JOIN feedback_category c ON c.id = r.category_id"
                        + " WHERE c.code = 'TCIT-DEN'")
                .query(Long.class)
                .single();
    }

    static void fill(Browser browser) {
        new Select(browser.find("#category")).selectByValue("TCIT-DEN");
        browser.find("#description").sendKeys("Cả dãy đèn đường trước cổng trường không sáng từ tuần trước.");
        browser.waitUntil(
                d -> (Boolean) browser.script("return !!document.querySelector('#feedback-map.leaflet-container')"));
        click(browser, "#feedback-map");
        browser.waitUntil(d -> !browser.find("#latitude").getAttribute("value").isEmpty());
        browser.find("#address").sendKeys("Trước cổng trường tiểu học");
    }

    /** Scrolls the element to the middle of the phone's screen first: the map and the sticky parts stay clear of it. */
    static void click(Browser browser, String css) {
        var element = browser.find(css);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
        pause(150);
        element.click();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
