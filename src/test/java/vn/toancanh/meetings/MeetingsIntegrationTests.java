package vn.toancanh.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.identity.internal.UserView;
import vn.toancanh.meetings.internal.MeetingPdf;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.support.Axe;
import vn.toancanh.support.Browser;

/**
 * Paperless meetings over the real port: only invitees see a session, its documents and its search hits (others get
 * 404); a word inside a PDF is found typed without diacritics; every copy carries its reader's name; a new upload
 * keeps the old version; each attendee votes once, a secret vote keeps no link from voter to choice, and the result
 * shows on the large screen; the reading page on a tablet passes axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingsIntegrationTests {

    static final String CHAIR = "mt.chair";
    static final String MEMBER = "mt.member";
    static final String OTHER = "mt.other";
    static final String OUTSIDER = "mt.outsider";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdminService users;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingDocumentService documents;

    TestHttp http;
    UserView member;
    long session;
    long budgetDoc;
    long openItem;
    long secretItem;

    @BeforeAll
    void setUp() {
        http = new TestHttp(port);
        UserView chair = TestUsers.ensure(users, jdbc, CHAIR, Role.LEADER, null);
        member = TestUsers.ensure(users, jdbc, MEMBER, Role.DEPARTMENT_OFFICER, "MT-TCKH");
        UserView other = TestUsers.ensure(users, jdbc, OTHER, Role.COMMUNE_OFFICER, "MT-XA");
        TestUsers.ensure(users, jdbc, OUTSIDER, Role.DEPARTMENT_OFFICER, "MT-TCKH");
        // no user in the security context: the service runs as the system, as the demo loader does
        session = meetings.create(new SessionInput(
                        "Kỳ họp thử nghiệm số " + System.nanoTime(),
                        SessionKind.COUNCIL,
                        LocalDateTime.now().plusDays(1),
                        "Hội trường thử",
                        chair.id(),
                        null,
                        true,
                        List.of(member.id(), other.id())))
                .id();
        openItem = meetings.addItem(session, "Báo cáo quyết toán", "Phòng Tài chính", VoteMode.OPEN);
        secretItem = meetings.addItem(session, "Miễn nhiệm ủy viên", null, VoteMode.SECRET);
        budgetDoc = documents.upload(
                session,
                null,
                openItem,
                "Báo cáo quyết toán năm trước",
                DocumentCategory.REPORT,
                "quyet-toan.pdf",
                MeetingPdf.of(
                        "BÁO CÁO QUYẾT TOÁN",
                        "Số chi thường xuyên vượt dự toán ở khoản sửa chữa trụ sở xã Lệ Thiện, cần điều chỉnh."));
    }

    @Test
    void aNonInviteeSeesNeitherTheSessionNorItsDocumentsNorItsSearchHits() {
        String outsider = TestHttp.basic(OUTSIDER, TestUsers.PASSWORD);
        String invitee = TestHttp.basic(MEMBER, TestUsers.PASSWORD);
        for (String path : List.of(
                "/meetings/" + session,
                "/meetings/" + session + "/read",
                "/meetings/" + session + "/read?doc=" + budgetDoc,
                "/meetings/items/" + openItem + "/result")) {
            assertThat(http.page(path, outsider).statusCode()).as(path).isEqualTo(404);
            assertThat(http.page(path, invitee).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(http.bytes("/meetings/documents/" + budgetDoc + "/file", outsider)
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> hits = http.page("/meetings/search?q=sua+chua+tru+so", outsider);
        assertThat(hits.statusCode()).isEqualTo(200);
        assertThat(hits.body()).doesNotContain("Báo cáo quyết toán năm trước");
        assertThat(http.page("/meetings", outsider).body()).doesNotContain("Kỳ họp thử nghiệm");
        // nor can they write to it
        assertThat(http.form("/meetings/" + session + "/minutes", outsider, Map.of("minutes", "x"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anInviteeFindsADocumentByAWordInsideThePdfTypedWithoutDiacritics() {
        HttpResponse<String> page =
                http.page("/meetings/search?q=sua+chua+tru+so", TestHttp.basic(MEMBER, TestUsers.PASSWORD));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Báo cáo quyết toán năm trước").contains("sửa chữa trụ sở");
        assertThat(page.body()).contains("/meetings/" + session + "/read?doc=" + budgetDoc);
    }

    @Test
    void aDownloadedDocumentCarriesItsReadersWatermarkAndOldVersionsStay() throws IOException {
        long again = documents.upload(
                session,
                null,
                openItem,
                "BÁO CÁO QUYẾT TOÁN NĂM TRƯỚC",
                DocumentCategory.REPORT,
                "quyet-toan-v2.pdf",
                MeetingPdf.of("BÁO CÁO QUYẾT TOÁN (BẢN SỬA)", "Đã điều chỉnh số liệu sửa chữa trụ sở."));
        assertThat(again).isEqualTo(budgetDoc);
        String auth = TestHttp.basic(MEMBER, TestUsers.PASSWORD);
        HttpResponse<byte[]> latest = http.bytes("/meetings/documents/" + budgetDoc + "/file?download=true", auth);
        assertThat(latest.statusCode()).isEqualTo(200);
        assertThat(latest.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        String text = text(latest.body());
        assertThat(text).contains(member.fullName()).contains(MEMBER).contains("BẢN SỬA");
        HttpResponse<byte[]> first = http.bytes("/meetings/documents/" + budgetDoc + "/file?version=1", auth);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(text(first.body())).contains(member.fullName()).doesNotContain("BẢN SỬA");
    }

    @Test
    void onlyPdfsAreAcceptedWhateverTheirName() {
        long before = jdbc.sql("SELECT count(*) FROM meeting_document_version")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> documents.upload(
                        session, null, null, "Giả PDF", DocumentCategory.OTHER, "gia.pdf", "<html>".getBytes()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .anySatisfy(p -> assertThat(p.reason()).isEqualTo("Tệp không phải PDF")));
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_document_version")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void eachAttendeeVotesOnceASecretVoteKeepsNoLinkAndTheResultIsShown() {
        String chair = TestHttp.basic(CHAIR, TestUsers.PASSWORD);
        String memberAuth = TestHttp.basic(MEMBER, TestUsers.PASSWORD);
        String other = TestHttp.basic(OTHER, TestUsers.PASSWORD);
        // an attendee who is not the chair cannot open it
        assertThat(http.form("/meetings/items/" + openItem + "/vote/open", memberAuth, Map.of())
                        .statusCode())
                .isEqualTo(403);
        for (long item : List.of(openItem, secretItem)) {
            assertThat(http.form("/meetings/items/" + item + "/vote/open", chair, Map.of())
                            .statusCode())
                    .isEqualTo(302);
            assertThat(http.form("/meetings/items/" + item + "/vote", memberAuth, Map.of("choice", "YES"))
                            .statusCode())
                    .isEqualTo(302);
            http.form("/meetings/items/" + item + "/vote", memberAuth, Map.of("choice", "NO"));
            http.form("/meetings/items/" + item + "/vote", other, Map.of("choice", "YES"));
            // the outsider is no attendee
            http.form(
                    "/meetings/items/" + item + "/vote",
                    TestHttp.basic(OUTSIDER, TestUsers.PASSWORD),
                    Map.of("choice", "NO"));
            assertThat(http.form("/meetings/items/" + item + "/vote/close", chair, Map.of())
                            .statusCode())
                    .isEqualTo(302);
        }
        for (long item : List.of(openItem, secretItem)) {
            assertThat(count("SELECT count(*) FROM meeting_ballot WHERE item_id = ?", item))
                    .isEqualTo(2);
            assertThat(count("SELECT votes FROM meeting_vote_count WHERE item_id = ? AND choice = 'YES'", item))
                    .isEqualTo(2);
            assertThat(count("SELECT count(*) FROM meeting_vote_count WHERE item_id = ? AND choice = 'NO'", item))
                    .isZero();
        }
        assertThat(count("SELECT count(*) FROM meeting_open_vote WHERE item_id = ?", openItem))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM meeting_open_vote WHERE item_id = ?", secretItem))
                .isZero();
        // the ballot table says who voted, never what: it has no column for a choice
        assertThat(jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'meeting_ballot'")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("item_id", "user_id");
        HttpResponse<String> open = http.page("/meetings/items/" + openItem + "/result", memberAuth);
        assertThat(open.body())
                .contains("Thông qua")
                .contains(member.fullName())
                .contains("id=\"mt-yes\">2<");
        HttpResponse<String> secret = http.page("/meetings/items/" + secretItem + "/result", memberAuth);
        assertThat(secret.body())
                .contains("Thông qua")
                .contains("id=\"mt-yes\">2<")
                .contains("Bỏ phiếu kín")
                .doesNotContain(member.fullName());
    }

    @Test
    void theReadingPageOnATabletHasNoSeriousAccessibilityViolation() throws IOException {
        try (Browser browser = Browser.open(port)) {
            browser.login(MEMBER, TestUsers.PASSWORD);
            browser.size(new Dimension(820, 1180)).go("/meetings/" + session + "/read?doc=" + budgetDoc);
            browser.waitUntil(d -> !d.findElements(By.id("mt-viewer")).isEmpty());
            assertThat(browser.find("#mt-viewer").getAttribute("src")).contains("/meetings/documents/" + budgetDoc);
            assertThat(browser.text("#mt-doc-title")).isEqualTo("Báo cáo quyết toán năm trước");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.find("#note-text").sendKeys("Hỏi lại khoản sửa chữa trụ sở");
            browser.script(
                    "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()",
                    browser.find("#note button[type=submit]"));
            browser.waitUntil(d -> d.getPageSource().contains("Đã lưu ghi chú"));
            assertThat(browser.find("#note-text").getAttribute("value")).isEqualTo("Hỏi lại khoản sửa chữa trụ sở");
            browser.screenshot("meetings-read-tablet");
            browser.size(Browser.DESKTOP).go("/meetings/" + session + "/read?doc=" + budgetDoc);
            Path desktop = browser.screenshot("meetings-read-desktop");
            browser.size(Browser.PHONE).go("/meetings/" + session + "/read?doc=" + budgetDoc);
            browser.screenshot("meetings-read-phone");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.size(Browser.DESKTOP).go("/meetings/" + session);
            browser.screenshot("meetings-session-desktop");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.go("/meetings/search?q=sua+chua");
            browser.screenshot("meetings-search-desktop");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            assertThat(Files.size(desktop)).isPositive();
        }
        try (Browser browser = Browser.open(port)) {
            // the chair organises: the session page with its forms, and the result on the hall's screen
            browser.login(CHAIR, TestUsers.PASSWORD);
            browser.size(Browser.DESKTOP).go("/meetings/" + session);
            browser.waitUntil(d -> !d.findElements(By.id("mt-upload")).isEmpty());
            browser.screenshot("meetings-organiser-desktop");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
            browser.size(new Dimension(820, 1180)).go("/meetings/" + session);
            browser.screenshot("meetings-organiser-tablet");
            browser.size(new Dimension(1920, 1080)).go("/meetings/items/" + openItem + "/result");
            browser.screenshot("meetings-result-wall");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
        }
        // notes are their author's only
        assertThat(http.page(
                                "/meetings/" + session + "/read?doc=" + budgetDoc,
                                TestHttp.basic(OTHER, TestUsers.PASSWORD))
                        .body())
                .doesNotContain("Hỏi lại khoản sửa chữa trụ sở");
    }

    @Test
    void anOrganisersMistakesAreShownBesideTheirFieldsInVietnamese() throws Exception {
        String chair = TestHttp.basic(CHAIR, TestUsers.PASSWORD);
        long before = jdbc.sql("SELECT count(*) FROM meeting_document_version")
                .query(Long.class)
                .single();
        String boundary = "----mt" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"docTitle\"\r\n\r\nẢnh giả\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"anh.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\nGIF89a not a pdf\r\n--" + boundary + "--\r\n";
        HttpResponse<String> upload = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://localhost:" + port + "/meetings/" + session + "/documents"))
                                .header("Authorization", chair)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        body, java.nio.charset.StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).isEqualTo(200);
        assertThat(upload.body()).contains("id=\"file-error\" class=\"invalid-feedback\">Tệp không phải PDF<");
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_document_version")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        HttpResponse<String> absent = http.form(
                "/meetings/" + session + "/attendance",
                chair,
                Map.of("userId", String.valueOf(member.id()), "attendance", "ABSENT", "reason", " "));
        assertThat(absent.statusCode()).isEqualTo(200);
        assertThat(absent.body()).contains("Hãy ghi lý do vắng mặt");
        // an invitee reads but does not organise
        assertThat(http.form(
                                "/meetings/" + session + "/minutes",
                                TestHttp.basic(MEMBER, TestUsers.PASSWORD),
                                Map.of("minutes", "x"))
                        .statusCode())
                .isEqualTo(403);
    }

    private long count(String sql, long item) {
        return jdbc.sql(sql).param(item).query(Long.class).optional().orElse(0L);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // the diagonal watermark comes out a few letters a line: join the lines again
            return new PDFTextStripper().getText(document).replaceAll("\\R", "");
        }
    }
}
