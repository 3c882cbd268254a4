package vn.toancanh.datavalues.internal.excel;

import static vn.toancanh.datavalues.internal.excel.ExcelLayout.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.ValueType;

/** Writes an entry template as .xlsx: Vietnamese labels on top, hidden codes below them, one unit per row. */
public final class ExcelTemplateWriter {

    private ExcelTemplateWriter() {}

    public static byte[] write(ExcelTemplate template) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Styles styles = new Styles(workbook);
            header(sheet, template, styles);
            data(sheet, template, styles);
            validation(sheet, template);
            layout(sheet, template);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, ExcelTemplate t, Styles styles) {
        text(
                sheet.createRow(TITLE_ROW),
                UNIT_NAME_COLUMN,
                t.groupName() + " – " + t.period().labelVi(),
                styles.title);
        Row labels = sheet.createRow(LABEL_ROW);
        Row combos = sheet.createRow(COMBO_ROW);
        Row itemCodes = sheet.createRow(ITEM_CODE_ROW);
        Row comboCodes = sheet.createRow(COMBO_CODE_ROW);
        text(labels, UNIT_CODE_COLUMN, "Mã đơn vị", styles.header);
        text(labels, UNIT_NAME_COLUMN, "Đơn vị", styles.header);
        text(combos, UNIT_NAME_COLUMN, "", styles.header);
        text(itemCodes, UNIT_CODE_COLUMN, ITEM_MARKER, null);
        text(itemCodes, UNIT_NAME_COLUMN, t.period().id(), null);
        text(comboCodes, UNIT_CODE_COLUMN, COMBO_MARKER, null);
        text(comboCodes, UNIT_NAME_COLUMN, t.groupCode(), null);
        for (int i = 0; i < t.columns().size(); i++) {
            ExcelTemplate.Column column = t.columns().get(i);
            int c = FIRST_VALUE_COLUMN + i;
            text(labels, c, column.label(), styles.header);
            text(combos, c, column.comboName(), styles.header);
            text(itemCodes, c, column.itemCode(), null);
            text(comboCodes, c, column.comboCode(), null);
        }
        itemCodes.setZeroHeight(true);
        comboCodes.setZeroHeight(true);
    }

    private static void data(Sheet sheet, ExcelTemplate t, Styles styles) {
        for (int r = 0; r < t.units().size(); r++) {
            ExcelTemplate.Unit unit = t.units().get(r);
            Row row = sheet.createRow(FIRST_DATA_ROW + r);
            text(row, UNIT_CODE_COLUMN, unit.code(), null);
            text(row, UNIT_NAME_COLUMN, unit.name(), styles.unit);
            for (int i = 0; i < t.columns().size(); i++) {
                ExcelTemplate.Column column = t.columns().get(i);
                Cell cell = row.createCell(FIRST_VALUE_COLUMN + i);
                cell.setCellStyle(styles.value);
                String stored = t.values().get(ExcelTemplate.key(unit.code(), column.itemCode(), column.comboCode()));
                if (stored != null) {
                    set(cell, column, stored);
                }
            }
        }
    }

    private static void set(Cell cell, ExcelTemplate.Column column, String stored) {
        if (column.valueType().isNumeric()) {
            try {
                cell.setCellValue(new BigDecimal(stored).doubleValue());
                return;
            } catch (NumberFormatException notANumber) {
                // Stored before the item became numeric: keep the text so nothing is lost on re-upload.
            }
        }
        cell.setCellValue(stored);
    }

    /** Excel refuses non-numbers (and numbers out of range) in numeric columns as people type. */
    private static void validation(Sheet sheet, ExcelTemplate t) {
        if (t.units().isEmpty()) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int lastRow = FIRST_DATA_ROW + t.units().size() - 1;
        for (int i = 0; i < t.columns().size(); i++) {
            ExcelTemplate.Column column = t.columns().get(i);
            if (!column.valueType().isNumeric()) {
                continue;
            }
            DataValidationConstraint constraint = constraint(helper, column);
            int c = FIRST_VALUE_COLUMN + i;
            DataValidation dv =
                    helper.createValidation(constraint, new CellRangeAddressList(FIRST_DATA_ROW, lastRow, c, c));
            dv.setShowErrorBox(true);
            dv.createErrorBox("Giá trị không hợp lệ", message(column));
            dv.setEmptyCellAllowed(true);
            sheet.addValidationData(dv);
        }
    }

    private static DataValidationConstraint constraint(DataValidationHelper helper, ExcelTemplate.Column column) {
        int type = column.valueType() == ValueType.INTEGER
                ? DataValidationConstraint.ValidationType.INTEGER
                : DataValidationConstraint.ValidationType.DECIMAL;
        String min = bound(column.min(), column.valueType() == ValueType.PERCENTAGE ? "0" : "-1E+15");
        String max = bound(column.max(), column.valueType() == ValueType.PERCENTAGE ? "100" : "1E+15");
        return helper.createNumericConstraint(type, DataValidationConstraint.OperatorType.BETWEEN, min, max);
    }

    private static String bound(@Nullable BigDecimal value, String fallback) {
        return value == null ? fallback : value.toPlainString();
    }

    private static String message(ExcelTemplate.Column column) {
        String what = column.valueType() == ValueType.INTEGER ? "số nguyên" : "số";
        if (column.min() != null && column.max() != null) {
            return "Nhập " + what + " từ " + column.min().toPlainString() + " đến "
                    + column.max().toPlainString();
        }
        return "Nhập " + what;
    }

    private static void layout(Sheet sheet, ExcelTemplate t) {
        sheet.setColumnHidden(UNIT_CODE_COLUMN, true);
        sheet.setColumnWidth(UNIT_NAME_COLUMN, 36 * 256);
        for (int i = 0; i < t.columns().size(); i++) {
            int chars = Math.min(40, Math.max(14, t.columns().get(i).label().length() / 2 + 4));
            sheet.setColumnWidth(FIRST_VALUE_COLUMN + i, chars * 256);
        }
        sheet.getRow(LABEL_ROW).setHeightInPoints(48);
        sheet.createFreezePane(FIRST_VALUE_COLUMN, FIRST_DATA_ROW);
    }

    private static void text(Row row, int column, String value, @Nullable CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The few styles a template needs, made once per workbook (Excel limits their number). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle unit;
        final CellStyle value;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title.setFont(big);
            header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            unit = bordered(workbook);
            value = bordered(workbook);
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
