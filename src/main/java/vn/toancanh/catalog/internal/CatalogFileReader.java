package vn.toancanh.catalog.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads a catalog CSV or Excel file into rows of cell texts keyed by column. Row numbers are the file's (header 1). */
final class CatalogFileReader {

    private CatalogFileReader() {}

    /** A data row: its number in the file and its non-empty cells. */
    record RawRow(int number, Map<CatalogColumn, String> cells) {
        String get(CatalogColumn column) {
            return cells.getOrDefault(column, "");
        }
    }

    static List<RawRow> read(byte[] content) throws IOException {
        boolean zip = content.length > 1 && content[0] == 'P' && content[1] == 'K';
        return zip ? xlsx(content) : csv(content);
    }

    private static List<RawRow> csv(byte[] content) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setIgnoreEmptyLines(true)
                .get()
                .parse(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
            Map<Integer, CatalogColumn> header = null;
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = record.toList();
                if (header == null) {
                    header = header(cells);
                    continue;
                }
                rows.add(new RawRow(number, cells(header, cells)));
            }
        }
        return rows;
    }

    private static List<RawRow> xlsx(byte[] content) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<Integer, CatalogColumn> header = null;
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c)));
                }
                if (header == null) {
                    header = header(cells);
                } else if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    rows.add(new RawRow(row.getRowNum() + 1, cells(header, cells)));
                }
            }
        }
        return rows;
    }

    private static Map<Integer, CatalogColumn> header(List<String> cells) {
        Map<Integer, CatalogColumn> header = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            int index = i;
            CatalogColumn.byHeader(cells.get(i)).ifPresent(c -> header.put(index, c));
        }
        return header;
    }

    private static Map<CatalogColumn, String> cells(Map<Integer, CatalogColumn> header, List<String> cells) {
        Map<CatalogColumn, String> values = new EnumMap<>(CatalogColumn.class);
        header.forEach((index, column) -> {
            if (index < cells.size() && !cells.get(index).isBlank()) {
                values.put(column, cells.get(index).trim());
            }
        });
        return values;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC ->
                BigDecimal.valueOf(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case STRING -> cell.getStringCellValue();
            default -> "";
        };
    }
}
