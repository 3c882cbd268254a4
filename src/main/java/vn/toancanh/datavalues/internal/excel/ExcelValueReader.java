package vn.toancanh.datavalues.internal.excel;

import static vn.toancanh.datavalues.internal.excel.ExcelLayout.*;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.VietnameseNumbers;

/**
 * Reads a filled-in entry template back into values. Cells are mapped by the hidden codes, never by the visible
 * labels; blank cells are skipped (a blank in a spreadsheet means not reported, not delete).
 */
public final class ExcelValueReader {

    /** Beyond this a sheet is not a filled-in template but something else; refuse before using the memory. */
    static final int MAX_VALUES = 1_000_000;

    private ExcelValueReader() {}

    public static ExcelSheetValues read(InputStream in) {
        try (Workbook workbook = open(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row items = markerRow(sheet, ITEM_MARKER);
            Row combos = markerRow(sheet, COMBO_MARKER);
            String period = text(items.getCell(UNIT_NAME_COLUMN));
            String group = text(combos.getCell(UNIT_NAME_COLUMN));
            if (period == null || group == null) {
                throw invalid("Tệp không đúng mẫu: thiếu mã kỳ báo cáo hoặc mã nhóm dữ liệu ở các hàng ẩn.");
            }
            Map<Integer, String[]> columns = columns(items, combos);
            int first = Math.max(items.getRowNum(), combos.getRowNum()) + 1;
            return new ExcelSheetValues(group, period, values(sheet, first, columns, period));
        } catch (IOException e) {
            throw invalid("Không đọc được tệp Excel: " + e.getMessage());
        }
    }

    private static Workbook open(InputStream in) {
        try {
            return new XSSFWorkbook(in);
        } catch (IOException | RuntimeException notXlsx) {
            // POI signals a wrong format with several runtime exceptions (NotOfficeXmlFileException, POIXMLException…).
            throw invalid("Tệp không phải bảng tính Excel .xlsx hợp lệ. Hãy dùng mẫu tải từ trang nhập liệu.");
        }
    }

    private static Row markerRow(Sheet sheet, String marker) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MARKER_SEARCH_ROWS); r++) {
            Row row = sheet.getRow(r);
            if (row != null && marker.equals(text(row.getCell(UNIT_CODE_COLUMN)))) {
                return row;
            }
        }
        throw invalid("Tệp không đúng mẫu: thiếu hàng mã ẩn " + marker
                + " (mã chỉ tiêu và mã phân tổ). Hãy tải mẫu mới từ trang nhập liệu và điền vào đó.");
    }

    /** Column index → {item code, option combo code}, for every column that has an item code. */
    private static Map<Integer, String[]> columns(Row items, Row combos) {
        Map<Integer, String[]> columns = new HashMap<>();
        for (int c = FIRST_VALUE_COLUMN; c < items.getLastCellNum(); c++) {
            String item = text(items.getCell(c));
            if (item != null) {
                String combo = text(combos.getCell(c));
                columns.put(c, new String[] {item, combo == null ? "default" : combo});
            }
        }
        if (columns.isEmpty()) {
            throw invalid("Tệp không đúng mẫu: hàng mã chỉ tiêu ẩn không có mã nào.");
        }
        return columns;
    }

    private static List<ExcelSheetValues.SheetValue> values(
            Sheet sheet, int firstRow, Map<Integer, String[]> columns, String period) {
        List<ExcelSheetValues.SheetValue> values = new ArrayList<>();
        for (int r = firstRow; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String unit = row == null ? null : text(row.getCell(UNIT_CODE_COLUMN));
            if (unit == null) {
                continue;
            }
            for (Map.Entry<Integer, String[]> column : columns.entrySet()) {
                String value = value(row.getCell(column.getKey()));
                if (value == null) {
                    continue;
                }
                if (values.size() >= MAX_VALUES) {
                    throw invalid("Tệp có hơn " + MAX_VALUES + " giá trị; hãy chia thành nhiều tệp.");
                }
                String[] codes = column.getValue();
                DataValueInput input = new DataValueInput(codes[0], period, unit, codes[1], value, null);
                values.add(new ExcelSheetValues.SheetValue(
                        input, r + 1, CellReference.convertNumToColString(column.getKey())));
            }
        }
        values.sort(java.util.Comparator.comparingInt(ExcelSheetValues.SheetValue::row)
                .thenComparing(v -> v.column().length())
                .thenComparing(ExcelSheetValues.SheetValue::column));
        return values;
    }

    /** A cell as the machine text the import path expects; null when blank. */
    static @Nullable String value(@Nullable Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString();
            case STRING -> VietnameseNumbers.toMachine(cell.getStringCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> "#LỖI";
            default -> null;
        };
    }

    private static @Nullable String text(@Nullable Cell cell) {
        if (cell == null) {
            return null;
        }
        String s = cell.getCellType() == CellType.NUMERIC
                ? BigDecimal.valueOf(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString()
                : cell.getCellType() == CellType.STRING
                        ? cell.getStringCellValue().trim()
                        : "";
        return s.isEmpty() ? null : s;
    }

    private static InvalidInputException invalid(String reason) {
        return InvalidInputException.of("file", reason);
    }
}
