package vn.toancanh.datavalues.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.shared.InvalidInputException;

/**
 * Reads the first sheet of a workbook laid out like the CSV (a header row, then one value per row). Cells are read
 * as machine values whatever their display format: a number formatted as 1.234,5 is read as 1234.5, a date cell as
 * 2024-03-15.
 */
final class XlsxValueSetParser {

    /** The rows, and for each the sheet row it came from (1-based, as Excel shows it). */
    record SheetRows(List<DataValueInput> rows, List<Integer> sheetRows) {}

    private final int maxRows;
    private final StringPool pool = new StringPool();

    XlsxValueSetParser(int maxRows) {
        this.maxRows = maxRows;
    }

    SheetRows parse(InputStream body) {
        try (XSSFWorkbook book = new XSSFWorkbook(body)) {
            if (book.getNumberOfSheets() == 0) {
                throw InvalidInputException.of("body", "Tệp Excel không có trang tính nào");
            }
            return read(book.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException || e instanceof PayloadTooLargeException) {
                throw (RuntimeException) e;
            }
            throw InvalidInputException.of(
                    "body", "Tệp Excel (.xlsx) không đọc được: tệp hỏng hoặc không đúng định dạng");
        }
    }

    private SheetRows read(Sheet sheet) {
        List<DataValueInput> rows = new ArrayList<>();
        List<Integer> sheetRows = new ArrayList<>();
        int[] index = null;
        for (Row row : sheet) {
            List<String> cells = cells(row);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            if (index == null) {
                index = ValueSetColumns.index(cells, "Trang tính");
                continue;
            }
            if (rows.size() >= maxRows) {
                throw new PayloadTooLargeException("Quá nhiều dòng: tối đa " + maxRows + " dòng mỗi lần nhập");
            }
            rows.add(new DataValueInput(
                    pool.share(at(cells, index[0])),
                    pool.share(at(cells, index[1])),
                    pool.share(at(cells, index[2])),
                    pool.share(at(cells, index[3])),
                    at(cells, index[4]),
                    at(cells, index[5])));
            sheetRows.add(row.getRowNum() + 1);
        }
        if (index == null) {
            throw InvalidInputException.of(
                    "body", "Trang tính trống: cần dòng tiêu đề " + String.join(",", ValueSetColumns.ALL));
        }
        return new SheetRows(rows, sheetRows);
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    private static @Nullable String at(List<String> cells, int i) {
        return i < 0 || i >= cells.size() ? null : cells.get(i);
    }

    private static @Nullable String text(@Nullable Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString();
            default -> null;
        };
    }
}
