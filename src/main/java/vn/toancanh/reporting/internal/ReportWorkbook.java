package vn.toancanh.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.toancanh.reporting.ReportEntryView;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.VietnameseNumbers;

/**
 * A report as a pre-filled Excel workbook to fill offline, and what was typed into one read back. Column A (hidden)
 * holds each row's field; cell A1 names the report, so a workbook of another report or period is refused.
 */
public final class ReportWorkbook {

    static final String SHEET = "Báo cáo";
    private static final int FIRST_ROW = 5;
    private static final int KEY = 0;
    private static final int VALUE = 7;
    private static final DataFormatter TEXT = new DataFormatter();

    private ReportWorkbook() {}

    /** The report's key as written in A1. */
    public static String key(ReportEntryView e) {
        return key(e.form().code(), e.report().unitCode(), e.report().period());
    }

    public static String key(String form, String unit, String period) {
        return form + "|" + unit + "|" + period;
    }

    public static byte[] write(ReportEntryView e) {
        try (Workbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            CellStyle title = style(wb, true, 14, false);
            CellStyle header = style(wb, true, 11, true);
            CellStyle cell = style(wb, false, 11, true);
            CellStyle section = style(wb, true, 11, false);
            CellStyle number = style(wb, false, 11, true);
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0.##"));
            CellStyle input = style(wb, false, 11, true);
            input.setLocked(false);
            input.setDataFormat(wb.createDataFormat().getFormat("#,##0.##"));

            put(sheet.createRow(0), KEY, key(e), null);
            put(sheet.getRow(0), 1, e.form().name(), title);
            Row about = sheet.createRow(1);
            put(
                    about,
                    1,
                    "Đơn vị: " + e.report().unitName() + " · " + e.report().periodLabel() + " · Hạn gửi: "
                            + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                                    .format(e.report().deadline()),
                    null);
            put(sheet.createRow(2), 1, "Nhập số liệu vào cột \"Kỳ này\" rồi tải tệp lên trang báo cáo.", null);
            Row head = sheet.createRow(4);
            String[] labels = {
                "Trường",
                "STT",
                "Mã chỉ tiêu",
                "Chỉ tiêu",
                "Phân tổ",
                "Đơn vị tính",
                "Kỳ trước (" + e.previousPeriodLabel() + ")",
                "Kỳ này (" + e.report().periodLabel() + ")"
            };
            for (int c = 0; c < labels.length; c++) {
                put(head, c, labels[c], header);
            }
            int r = FIRST_ROW;
            for (ReportEntryView.Section s : e.sections()) {
                put(sheet.createRow(r++), 1, s.title(), section);
                for (ReportEntryView.Row row : s.rows()) {
                    Row x = sheet.createRow(r++);
                    put(x, KEY, row.field(), null);
                    x.createCell(1).setCellValue(row.number());
                    x.getCell(1).setCellStyle(cell);
                    put(x, 2, row.itemCode(), cell);
                    put(x, 3, row.itemName(), cell);
                    put(x, 4, row.comboName() == null ? "" : row.comboName(), cell);
                    put(x, 5, row.unitOfMeasure() == null ? "" : row.unitOfMeasure(), cell);
                    value(x, 6, row.previous(), row.numeric(), number);
                    value(x, VALUE, row.value(), row.numeric(), input);
                }
            }
            sheet.setColumnHidden(KEY, true);
            int[] widths = {10, 6, 18, 60, 16, 14, 20, 20};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, FIRST_ROW);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * The values typed into a workbook of report {@code expectedKey}, by field, as the page's form would send them.
     *
     * @throws InvalidInputException (field {@code file}) for a file that is not such a workbook
     */
    public static Map<String, String> read(InputStream in, String expectedKey) {
        try (Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(SHEET);
            Row first = sheet == null ? null : sheet.getRow(0);
            String key = first == null ? null : text(first.getCell(KEY));
            if (key == null || !key.equals(expectedKey)) {
                throw InvalidInputException.of(
                        "file",
                        key == null
                                ? "Tệp không phải mẫu Excel của báo cáo định kỳ"
                                : "Tệp là mẫu của báo cáo khác (" + key.replace('|', ' ') + ")");
            }
            Map<String, String> typed = new LinkedHashMap<>();
            for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String field = row == null ? null : text(row.getCell(KEY));
                if (field != null && field.startsWith("v:")) {
                    String value = text(row.getCell(VALUE));
                    typed.put(field, value == null ? "" : value);
                }
            }
            return typed;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("file", "Không đọc được tệp Excel (.xlsx)");
        }
    }

    private static @Nullable String text(@Nullable Cell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC
                || (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC)) {
            return BigDecimal.valueOf(cell.getNumericCellValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        String s = TEXT.formatCellValue(cell).trim();
        return s.isEmpty() ? null : s;
    }

    private static void value(Row row, int column, String shown, boolean numeric, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        String machine = numeric ? VietnameseNumbers.toMachine(shown) : shown;
        if (numeric && machine != null) {
            try {
                cell.setCellValue(Double.parseDouble(machine));
                return;
            } catch (NumberFormatException notANumber) {
                // kept as text below
            }
        }
        if (shown != null && !shown.isEmpty()) {
            cell.setCellValue(shown);
        }
    }

    private static void put(Row row, int column, String text, @Nullable CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static CellStyle style(Workbook wb, boolean bold, int size, boolean border) {
        CellStyle s = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(bold);
        f.setFontHeightInPoints((short) size);
        f.setFontName("Times New Roman");
        s.setFont(f);
        s.setWrapText(true);
        if (border) {
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
