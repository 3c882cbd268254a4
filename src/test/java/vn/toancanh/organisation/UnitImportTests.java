package vn.toancanh.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.organisation.UnitImportResult.RowProblem;
import vn.toancanh.shared.FileFormat;

/** Import from CSV and Excel: all or nothing, every bad row reported. */
@SpringBootTest
@Transactional
class UnitImportTests {

    static final String HEADER =
            "code,name,short_name,kind,parent_code,valid_from,valid_to,latitude,longitude,address,phone,email\n";

    @Autowired
    OrganisationService organisation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsAGoodCsvWithBomParentsInTheFileAndBothDateForms() {
        String csv = "\uFEFF" + HEADER
                + "I-X2,Thôn Hai,,khác,I-X1,01/07/2025,,,,,,\n"
                + "I-X1,Xã Thử Nhập,Thử Nhập,xã,312,2025-07-01,,\"20,87\",106.61,Thôn 1,0225 3000000,xa@example.vn\n";
        UnitImportResult result = organisation.importUnits(csv.getBytes(StandardCharsets.UTF_8), "units.csv");

        assertThat(result.problems()).isEmpty();
        assertThat(result.applied()).isEqualTo(2);
        UnitDetailView x1 = organisation.getDetail("I-X1");
        assertThat(x1.unit().kind()).isEqualTo(UnitKind.COMMUNE);
        assertThat(x1.parentCode()).isEqualTo("312");
        assertThat(x1.latitude()).isEqualTo(20.87);
        assertThat(x1.unit().validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(x1.contact().email()).isEqualTo("xa@example.vn");
        UnitView x2 = organisation.getByCode("I-X2");
        assertThat(x2.path()).isEqualTo(x1.unit().path() + x2.id() + "/");
        assertThat(x2.kind()).isEqualTo(UnitKind.OTHER);
        assertThat(x2.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(audits("IMPORT")).isEqualTo(1);
    }

    @Test
    void rejectsTheWholeFileAndReportsEveryBadRow() {
        long before = units();
        String csv = HEADER
                + "I-OK,Xã Tốt,,xã,312,,,,,,,\n" // row 2: fine, but must not be written
                + "312,Trùng mã hệ thống,,huyện,31,,,,,,,\n" // row 3
                + "I-OK,Trùng trong tệp,,xã,312,,,,,,,\n" // row 4
                + "I-P,Xã Mồ Côi,,xã,KHONG-CO,,,,,,,\n" // row 5
                + "I-K,Xã Lạ,,làng,312,,,,,,,\n" // row 6
                + "I-D,Xã Ngày Sai,,xã,312,31/02/2025,,,,,,\n" // row 7
                + "I-N,,,xã,312,,,,,,,\n"; // row 8
        UnitImportResult result = organisation.importUnits(csv.getBytes(StandardCharsets.UTF_8), "bad.csv");

        assertThat(result.applied()).isZero();
        assertThat(result.rows()).isEqualTo(7);
        assertThat(result.problems())
                .extracting(p -> p.row() + ":" + p.field())
                .containsExactly("3:code", "4:code", "5:parent_code", "6:kind", "7:valid_from", "8:name");
        assertThat(result.problems())
                .extracting(RowProblem::reason)
                .containsExactly(
                        "Mã '312' đã có trong hệ thống (đơn vị 'Huyện An Dương')",
                        "Mã 'I-OK' trùng với dòng 2",
                        "Không tìm thấy đơn vị cấp trên 'KHONG-CO' trong hệ thống hoặc trong tệp",
                        result.problems().get(3).reason(),
                        result.problems().get(4).reason(),
                        "Vui lòng nhập tên đơn vị");
        assertThat(result.problems().get(3).reason()).startsWith("Loại đơn vị không hợp lệ");
        assertThat(result.problems().get(4).reason()).startsWith("Ngày không hợp lệ");
        assertThat(units()).isEqualTo(before);
        assertThat(organisation.findByCode("I-OK")).isEmpty();
    }

    @Test
    void rejectsNonUtf8AndMissingColumns() {
        byte[] latin = (HEADER + "I-L,Xã Lê Lợi,,xã,312,,,,,,,\n").getBytes(Charset.forName("windows-1258"));
        UnitImportResult notUtf8 = organisation.importUnits(latin, "cp1258.csv");
        assertThat(notUtf8.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("file");
            assertThat(p.reason()).contains("UTF-8");
        });
        UnitImportResult noKind =
                organisation.importUnits("code,name,colour\nI-C,Xã C,đỏ\n".getBytes(StandardCharsets.UTF_8), "x.csv");
        assertThat(noKind.problems()).extracting(RowProblem::field).containsExactly("kind", "colour");
    }

    @Test
    void importsExcelWithNumericCodesAndDateCells() throws IOException {
        UnitImportResult result = organisation.importUnits(xlsx(), "units.xlsx");
        assertThat(result.problems()).isEmpty();
        UnitView unit = organisation.getByCode("99001");
        assertThat(unit.name()).isEqualTo("Xã Excel");
        assertThat(unit.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void exportsWhatImportReads() {
        String csv = new String(organisation.export(FileFormat.CSV), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFcode,name,short_name,kind,parent_code");
        assertThat(csv).contains("312-TK,Chi cục Thống kê huyện,,PARTNER,312,");
        assertThat(csv.lines().count()).isGreaterThanOrEqualTo(38);
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            String[] columns = {"code", "name", "kind", "parent_code", "valid_from"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(99001);
            row.createCell(1).setCellValue("Xã Excel");
            row.createCell(2).setCellValue("COMMUNE");
            row.createCell(3).setCellValue(312);
            var date = row.createCell(4);
            date.setCellValue(LocalDate.of(2025, 7, 1));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(style);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private long units() {
        return jdbc.sql("SELECT count(*) FROM org_unit").query(Long.class).single();
    }

    private long audits(String action) {
        return jdbc.sql(
                        "SELECT count(*) FROM audit_log WHERE action = :a AND entity_type = 'org_unit' AND details LIKE '%units.csv%'")
                .param("a", action)
                .query(Long.class)
                .single();
    }
}
