package vn.toancanh.datavalues.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.toancanh.identity.internal.UserAccountRepository;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/** Download a pre-filled template, fill it with POI, upload it, poll the job to its summary, check the database. */
@SpringBootTest
@AutoConfigureMockMvc
class ExcelTemplateIntegrationTests {

    static final Pattern POLL = Pattern.compile("hx-get=\"/entry/upload/([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserAccountRepository users;

    EntryFixture fx;
    String period;
    UserDetails admin;

    @BeforeEach
    void fixture() {
        fx = new EntryFixture(jdbc, encoder);
        period = Period.of(PeriodType.MONTHLY, LocalDate.now()).previous().id();
        admin = users.findByUsername(fx.user("admin")).orElseThrow();
    }

    @Test
    void templateRoundTripImportsTheFilledCells() throws Exception {
        byte[] template = mvc.perform(get("/entry/template.xlsx")
                        .param("group", fx.code("G"))
                        .param("period", period)
                        .param("orgUnit", fx.code("D"))
                        .with(user(admin)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] filled;
        int c2Row;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row labels = sheet.getRow(1);
            assertThat(labels.getCell(2).getStringCellValue()).isEqualTo("Dân số trung bình (người)");
            assertThat(labels.getCell(5).getStringCellValue()).isEqualTo("Số trẻ em dưới 5 tuổi (người)");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("Nam");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo(fx.code("NUM"));
            assertThat(sheet.getRow(4).getCell(6).getStringCellValue()).isEqualTo(fx.code("F"));
            // Units as rows: the district, then its two communes.
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo(fx.code("D"));
            Row c1 = rowOf(sheet, fx.code("C1"));
            Row c2 = rowOf(sheet, fx.code("C2"));
            assertThat(c1.getCell(1).getStringCellValue()).isEqualTo("Xã Hồng Thái");
            assertThat(sheet.getLastRowNum()).isEqualTo(7);
            c1.createCell(2).setCellValue(5120);
            c1.createCell(5).setCellValue(40);
            c1.createCell(6).setCellValue("38");
            c2.createCell(2).setCellValue("7.315,5");
            c2.createCell(3).setCellValue(250); // PCT above its maximum of 100
            c2Row = c2.getRowNum() + 1;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }

        String started =
                upload(new MockMultipartFile("file", "so-lieu.xlsx", ExcelTemplateController.XLSX.toString(), filled));
        Matcher poll = POLL.matcher(started);
        assertThat(poll.find()).as(started).isTrue();
        String summary = waitForSummary(poll.group(1));

        assertThat(summary).contains("Đã nhập xong tệp so-lieu.xlsx");
        assertThat(count(summary, "imported")).isEqualTo(4);
        assertThat(summary).contains("upload-conflicts").contains("<td>" + c2Row + "</td><td>D</td>");
        assertThat(fx.value("NUM", "C1", period, "default")).isEqualTo("5120");
        assertThat(fx.value("NUM", "C2", period, "default")).isEqualTo("7315.5");
        assertThat(fx.value("SEX", "C1", period, "F")).isEqualTo("38");
        assertThat(fx.value("PCT", "C2", period, "default")).isNull();
        assertThat(fx.auditRows("NUM", "C2", "EXCEL")).isEqualTo(1);

        // Uploading the same file again changes nothing.
        Matcher again = POLL.matcher(upload(new MockMultipartFile("file", "so-lieu.xlsx", null, filled)));
        assertThat(again.find()).isTrue();
        String second = waitForSummary(again.group(1));
        assertThat(count(second, "imported")).isZero();
        assertThat(count(second, "ignored")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void badFilesGetAClearVietnameseMessage() throws Exception {
        String csv = upload(
                new MockMultipartFile("file", "so-lieu.csv", "text/csv", "a,b\n1,2".getBytes(StandardCharsets.UTF_8)));
        assertThat(csv).contains("upload-error").contains("Chỉ nhận tệp Excel .xlsx");

        String fake = upload(
                new MockMultipartFile("file", "gia.xlsx", null, "không phải excel".getBytes(StandardCharsets.UTF_8)));
        assertThat(fake).contains("Tệp không phải bảng tính Excel .xlsx hợp lệ");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Trang 1").createRow(0).createCell(0).setCellValue("Đơn vị");
            workbook.write(out);
        }
        String noCodes = upload(new MockMultipartFile("file", "tu-lam.xlsx", null, out.toByteArray()));
        assertThat(noCodes).contains("thiếu hàng mã ẩn");
    }

    private static Row rowOf(Sheet sheet, String unitCode) {
        for (int r = 5; r <= sheet.getLastRowNum(); r++) {
            if (unitCode.equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("No row for " + unitCode);
    }

    private String upload(MockMultipartFile file) throws Exception {
        MvcResult result = mvc.perform(
                        multipart("/entry/upload").file(file).with(user(admin)).with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String waitForSummary(String job) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            String html = mvc.perform(get("/entry/upload/" + job).with(user(admin)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            if (html.contains("upload-summary") || html.contains("upload-failed")) {
                return html;
            }
            assertThat(html).contains("progress");
            Thread.sleep(200);
        }
        throw new AssertionError("Excel import " + job + " did not finish");
    }

    private static int count(String html, String what) {
        Matcher m = Pattern.compile("id=\"count-" + what + "\">(\\d+)<").matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
