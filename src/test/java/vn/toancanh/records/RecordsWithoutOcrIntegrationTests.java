package vn.toancanh.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
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
import vn.toancanh.records.internal.ScanImages;
import vn.toancanh.support.FixtureUnits;

/**
 * Without tesseract (the command points nowhere): a scanned record is still stored and found by its metadata, marked
 * waiting for OCR, and the admin page says how to enable it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "toancanh.records.tesseract=/nonexistent/tesseract-missing")
class RecordsWithoutOcrIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdminService users;

    @Autowired
    JsonMapper json;

    @Test
    void aScanIsStoredFoundByItsMetadataAndWaitsForOcr() throws InterruptedException {
        String p = "N" + Long.toString(System.nanoTime(), 36).toUpperCase();
        FixtureUnits.insert(jdbc, p + "X", "Xã Không OCR", "COMMUNE", 3, null, null);
        TestUsers.ensure(users, jdbc, "hs.noocr", Role.ADMIN, null);
        String auth = TestHttp.basic("hs.noocr", TestUsers.PASSWORD);
        TestHttp http = new TestHttp(port);
        RecordsTestSupport api = new RecordsTestSupport(port, json);
        long before = jdbc.sql("SELECT count(*) FROM archive_record")
                .query(Long.class)
                .single();
        HttpResponse<String> created = api.multipart(
                "/api/records",
                auth,
                Map.of(
                        "code", p + "-1",
                        "title", "Danh sách hộ cận nghèo thôn Đoài",
                        "type", "HONGHEO",
                        "unit", p + "X",
                        "dateFrom", "2025-06-01",
                        "retention", "vĩnh viễn"),
                List.of(new RecordsTestSupport.Part(
                        "files", "scan.png", ScanImages.png("DANH SÁCH", "Hộ ông Nguyễn Văn Tư, thôn Đoài."))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM archive_record")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
        JsonNode record = api.awaitSettled(http, auth, p + "-1", 30);
        assertThat(record.get("ocrStatus").asString()).isEqualTo("WAITING");
        assertThat(record.get("pages")).isEmpty();
        JsonNode found =
                json.readTree(http.json("GET", "/api/records?q=can%20ngheo%20thon%20doai&unit=" + p + "X", auth, null)
                        .body());
        assertThat(RecordsTestSupport.codes(found)).containsExactly(p + "-1");
        HttpResponse<String> admin = http.page("/records/admin", auth);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body())
                .contains("apt-get install tesseract-ocr tesseract-ocr-vie", "/nonexistent/tesseract-missing")
                .contains("Chưa cài đặt");
        HttpResponse<String> page = http.page("/records/" + p + "-1", auth);
        assertThat(page.body()).contains("Chờ cài OCR");
    }
}
