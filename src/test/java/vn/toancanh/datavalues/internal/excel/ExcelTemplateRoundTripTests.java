package vn.toancanh.datavalues.internal.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.Period;

/** The template as POI reads it back: Vietnamese labels, hidden codes, and filled cells mapped back to values. */
class ExcelTemplateRoundTripTests {

    static final ExcelTemplate TEMPLATE = new ExcelTemplate(
            "G-DAN-SO",
            "Dân số và lao động",
            Period.month(2025, 2),
            List.of(
                    new ExcelTemplate.Unit("312", "Huyện An Dương"),
                    new ExcelTemplate.Unit("11581", "Thị trấn An Dương")),
            List.of(
                    new ExcelTemplate.Column(
                            "DAN_SO",
                            "Dân số trung bình",
                            "người",
                            "default",
                            "Tổng",
                            true,
                            ValueType.INTEGER,
                            null,
                            null),
                    new ExcelTemplate.Column(
                            "LD_NAM",
                            "Lao động có việc làm",
                            "người",
                            "NAM",
                            "Nam",
                            false,
                            ValueType.INTEGER,
                            null,
                            null),
                    new ExcelTemplate.Column(
                            "TY_LE",
                            "Tỷ lệ hộ nghèo",
                            "%",
                            "default",
                            "Tổng",
                            true,
                            ValueType.PERCENTAGE,
                            BigDecimal.ZERO,
                            new BigDecimal("100"))),
            Map.of(ExcelTemplate.key("312", "DAN_SO", "default"), "185000"));

    @Test
    void templateHasVietnameseLabelsHiddenCodesAndStoredValues() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ExcelTemplateWriter.write(TEMPLATE)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Nhập liệu");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Dân số và lao động – Tháng 02/2025");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Dân số trung bình (người)");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Tỷ lệ hộ nghèo (%)");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Nam");
            Row items = sheet.getRow(3);
            Row combos = sheet.getRow(4);
            assertThat(items.getZeroHeight()).isTrue();
            assertThat(combos.getZeroHeight()).isTrue();
            assertThat(items.getCell(0).getStringCellValue()).isEqualTo("#ITEM");
            assertThat(items.getCell(1).getStringCellValue()).isEqualTo("202502");
            assertThat(items.getCell(3).getStringCellValue()).isEqualTo("LD_NAM");
            assertThat(combos.getCell(1).getStringCellValue()).isEqualTo("G-DAN-SO");
            assertThat(combos.getCell(3).getStringCellValue()).isEqualTo("NAM");
            assertThat(sheet.isColumnHidden(0)).isTrue();
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("312");
            assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("Thị trấn An Dương");
            assertThat(sheet.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(185000d);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
            assertThat(sheet.getDataValidations()).hasSize(3);
        }
    }

    @Test
    void filledCellsReadBackWithTheirSheetPosition() throws Exception {
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ExcelTemplateWriter.write(TEMPLATE)))) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.getRow(5).getCell(3).setCellValue(61234);
            sheet.getRow(6).getCell(2).setCellValue("12.345");
            sheet.getRow(6).getCell(4).setCellValue("4,5");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        ExcelSheetValues read = ExcelValueReader.read(new ByteArrayInputStream(filled));
        assertThat(read.groupCode()).isEqualTo("G-DAN-SO");
        assertThat(read.periodId()).isEqualTo("202502");
        assertThat(read.values())
                .extracting(v -> v.row() + v.column() + "=" + v.input().dataElement() + "/"
                        + v.input().categoryOptionCombo() + "/" + v.input().orgUnit() + "/"
                        + v.input().value())
                .containsExactly(
                        "6C=DAN_SO/default/312/185000",
                        "6D=LD_NAM/NAM/312/61234",
                        "7C=DAN_SO/default/11581/12345",
                        "7E=TY_LE/default/11581/4.5");
        assertThat(read.inputs()).extracting(DataValueInput::period).containsOnly("202502");
    }

    @Test
    void refusesFilesThatAreNotTheTemplate() throws Exception {
        assertThatThrownBy(() -> ExcelValueReader.read(
                        new ByteArrayInputStream("mã,giá trị\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(".xlsx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Trang 1").createRow(0).createCell(0).setCellValue("Đơn vị");
            workbook.write(out);
        }
        assertThatThrownBy(() -> ExcelValueReader.read(new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).reason())
                        .contains("thiếu hàng mã ẩn"));
    }
}
