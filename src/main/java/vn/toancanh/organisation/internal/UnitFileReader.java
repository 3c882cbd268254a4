package vn.toancanh.organisation.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.toancanh.shared.FileFormat;

/**
 * Reads an import file into rows of cells keyed by lower-case column name. CSV must be UTF-8 (a BOM is
 * tolerated; comma or semicolon separated); Excel's first sheet is read, dates become ISO text.
 */
class UnitFileReader {

    /** One data row; {@code number} as a spreadsheet shows it, the header being row 1. */
    record Line(int number, Map<String, String> cells) {

        String get(String column) {
            return cells.getOrDefault(column, "").trim();
        }
    }

    static class UnreadableFileException extends Exception {
        UnreadableFileException(String message) {
            super(message);
        }
    }

    private UnitFileReader() {}

    static List<Line> read(byte[] content, FileFormat format) throws UnreadableFileException {
        if (content.length == 0) {
            throw new UnreadableFileException("Tệp rỗng");
        }
        return format == FileFormat.XLSX ? readXlsx(content) : readCsv(content);
    }

    private static List<Line> readCsv(byte[] content) throws UnreadableFileException {
        String text = utf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
        CSVFormat csv = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), csv)) {
            List<String> header =
                    parser.getHeaderNames().stream().map(UnitFileReader::column).toList();
            int row = 1;
            for (CSVRecord record : parser) {
                row++;
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                lines.add(new Line(row, cells));
            }
            lines.add(0, new Line(1, headerCells(header)));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableFileException("Không đọc được tệp CSV: " + e.getMessage());
        }
        return lines;
    }

    private static List<Line> readXlsx(byte[] content) throws UnreadableFileException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> header = new ArrayList<>();
            Row first = sheet.getRow(sheet.getFirstRowNum());
            if (first == null) {
                throw new UnreadableFileException("Trang tính đầu tiên không có dòng tiêu đề");
            }
            for (int c = 0; c < first.getLastCellNum(); c++) {
                header.add(column(formatter.formatCellValue(first.getCell(c))));
            }
            List<Line> lines = new ArrayList<>();
            lines.add(new Line(1, headerCells(header)));
            for (int r = first.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    cells.put(header.get(c), text(row.getCell(c), formatter));
                }
                if (cells.values().stream().anyMatch(v -> !v.isBlank())) {
                    lines.add(new Line(r + 1, cells));
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("Không đọc được tệp Excel (.xlsx): " + e.getMessage());
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            double value = cell.getNumericCellValue();
            return value == Math.rint(value) && Math.abs(value) < 1e15
                    ? Long.toString((long) value)
                    : Double.toString(value);
        }
        return formatter.formatCellValue(cell);
    }

    /** Header row as a line, so callers can check which columns are present. */
    private static Map<String, String> headerCells(List<String> header) {
        Map<String, String> cells = new LinkedHashMap<>();
        header.forEach(h -> cells.put(h, h));
        return cells;
    }

    private static String column(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
    }

    private static String utf8(byte[] content) throws UnreadableFileException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(
                    "Tệp CSV không dùng mã UTF-8. Hãy lưu lại tệp với kiểu \"CSV UTF-8\" rồi nhập lại");
        }
    }
}
