package vn.toancanh.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import vn.toancanh.reporting.ReportEntryView;
import vn.toancanh.reporting.ReportFormView;
import vn.toancanh.reporting.ReportStatus;
import vn.toancanh.reporting.ReportView;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PeriodType;

/** The report's Excel workbook: Vietnamese labels, numbers as numbers, and what is typed into it read back. */
class ReportWorkbookTests {

    static ReportEntryView entry(String period) {
        ReportFormView form = new ReportFormView(
                1,
                "BC-X",
                "Báo cáo tình hình kinh tế - xã hội",
                null,
                null,
                PeriodType.MONTHLY,
                15,
                null,
                18,
                List.of(),
                1,
                1,
                true,
                List.of(),
                List.of(),
                List.of(),
                Instant.EPOCH);
        ReportView report = new ReportView(
                0,
                "BC-X",
                1,
                7,
                "11584",
                "Xã Lê Thiện",
                period,
                "Tháng 11/2026",
                ReportStatus.DRAFT,
                0,
                null,
                LocalDate.of(2026, 11, 18),
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
        List<ReportEntryView.Row> rows = List.of(
                new ReportEntryView.Row(
                        1,
                        "HC-VB-02-002",
                        "Số văn bản đi",
                        "văn bản",
                        "default",
                        null,
                        "v:HC-VB-02-002:default",
                        "1.234",
                        "1.100",
                        true),
                new ReportEntryView.Row(
                        2,
                        "KT-01",
                        "Giá trị sản xuất",
                        "triệu đồng",
                        "default",
                        null,
                        "v:KT-01:default",
                        "",
                        "25,5",
                        true));
        return new ReportEntryView(
                form,
                report,
                "Tháng 10/2026",
                LocalDate.of(2026, 10, 15),
                LocalDate.of(2026, 11, 14),
                List.of(new ReportEntryView.Section("III. Công tác văn thư", rows)),
                List.of(),
                false,
                true,
                false,
                false);
    }

    @Test
    void theWorkbookShowsTheReportInVietnameseWithNumbersAsNumbers() throws Exception {
        byte[] bytes = ReportWorkbook.write(entry("202611"));
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheet("Báo cáo");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Báo cáo tình hình kinh tế - xã hội");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Đơn vị: Xã Lê Thiện · Tháng 11/2026 · Hạn gửi: 18/11/2026");
            assertThat(sheet.getRow(4).getCell(6).getStringCellValue()).isEqualTo("Kỳ trước (Tháng 10/2026)");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("III. Công tác văn thư");
            assertThat(sheet.getRow(6).getCell(3).getStringCellValue()).isEqualTo("Số văn bản đi");
            assertThat(sheet.getRow(6).getCell(6).getNumericCellValue()).isEqualTo(1100);
            assertThat(sheet.getRow(6).getCell(7).getNumericCellValue()).isEqualTo(1234);
            assertThat(sheet.getRow(7).getCell(6).getNumericCellValue()).isEqualTo(25.5);
            assertThat(sheet.isColumnHidden(0)).isTrue();
        }
    }

    @Test
    void whatIsTypedComesBackByFieldAndAnotherReportsWorkbookIsRefused() throws Exception {
        byte[] bytes = ReportWorkbook.write(entry("202611"));
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheet("Báo cáo");
            sheet.getRow(6).getCell(7).setCellValue(1300);
            sheet.getRow(7).getCell(7).setCellValue("27,25");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        }
        Map<String, String> typed = ReportWorkbook.read(new ByteArrayInputStream(bytes), "BC-X|11584|202611");
        assertThat(typed)
                .containsExactly(Map.entry("v:HC-VB-02-002:default", "1300"), Map.entry("v:KT-01:default", "27,25"));
        byte[] finalBytes = bytes;
        assertThatThrownBy(() -> ReportWorkbook.read(new ByteArrayInputStream(finalBytes), "BC-X|11584|202612"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Tệp là mẫu của báo cáo khác (BC-X 11584 202611)");
        assertThatThrownBy(() -> ReportWorkbook.read(new ByteArrayInputStream("không phải Excel".getBytes()), "x"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Không đọc được tệp Excel");
    }
}
