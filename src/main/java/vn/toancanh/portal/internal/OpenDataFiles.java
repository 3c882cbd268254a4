package vn.toancanh.portal.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dataset's published values as CSV (UTF-8 with BOM so Excel shows Vietnamese), JSON or Excel. The column keys are
 * the same in all three, so a script written against one reads the others.
 */
@Component
public class OpenDataFiles {

    /** Machine-readable column keys, and the Vietnamese headers of the Excel sheet. */
    static final List<String> KEYS = List.of(
            "item_code",
            "item_name",
            "unit_of_measure",
            "period",
            "unit_code",
            "unit_name",
            "disaggregation",
            "value",
            "last_updated");

    private static final List<String> LABELS = List.of(
            "Mã chỉ tiêu",
            "Tên chỉ tiêu",
            "Đơn vị tính",
            "Kỳ",
            "Mã đơn vị",
            "Đơn vị hành chính",
            "Phân tổ",
            "Giá trị",
            "Cập nhật lúc");

    private final OpenDataCatalog catalog;
    private final JsonMapper json;

    OpenDataFiles(OpenDataCatalog catalog, JsonMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    /** Writes the CSV file; returns how many value rows it holds. */
    public long csv(DatasetView dataset, @Nullable Integer year, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(KEYS);
        long[] rows = {0};
        catalog.values(dataset, year, v -> {
            try {
                printer.printRecord(cells(v));
                rows[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
        return rows[0];
    }

    public void json(DatasetView dataset, @Nullable Integer year, String datasetUrl, OutputStream out) {
        List<Map<String, @Nullable Object>> rows = new ArrayList<>();
        catalog.values(dataset, year, v -> {
            Map<String, @Nullable Object> row = new LinkedHashMap<>();
            List<@Nullable Object> cells = cells(v);
            for (int c = 0; c < KEYS.size(); c++) {
                row.put(KEYS.get(c), cells.get(c));
            }
            row.put("value", number(v.value()));
            rows.add(row);
        });
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        body.put("dataset", dataset.code());
        body.put("title", dataset.name());
        body.put("source", dataset.sourceUnit());
        body.put("frequency", dataset.frequency().name());
        body.put("year", year);
        body.put("url", datasetUrl);
        body.put("count", rows.size());
        body.put("values", rows);
        json.writeValue(out, body);
    }

    public void xlsx(DatasetView dataset, @Nullable Integer year, OutputStream out) throws IOException {
        String title = dataset.name() + (year == null ? "" : " – năm " + year);
        String source =
                "Nguồn: " + (dataset.sourceUnit() == null ? "" : dataset.sourceUnit()) + " · Mã: " + dataset.code();
        xlsx(title, source, sink -> catalog.values(dataset, year, v -> sink.accept(cells(v))), out);
    }

    /**
     * A sheet titled {@code title} and {@code subtitle} over the rows {@code rows} feeds, each its cells in
     * {@link #KEYS} order; the value column becomes a number where it is one.
     */
    static void xlsx(String title, String subtitle, Consumer<Consumer<List<@Nullable Object>>> rows, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet("Dữ liệu");
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.createRow(1).createCell(0).setCellValue(subtitle);
            CellStyle header = headerStyle(workbook);
            Row head = sheet.createRow(3);
            for (int c = 0; c < LABELS.size(); c++) {
                head.createCell(c).setCellValue(LABELS.get(c));
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, (c == 1 ? 50 : c == 5 ? 24 : 14) * 256);
            }
            sheet.createFreezePane(0, 4);
            int[] next = {4};
            rows.accept(cells -> {
                Row row = sheet.createRow(next[0]++);
                for (int c = 0; c < cells.size(); c++) {
                    Object cell =
                            c == 7 && cells.get(c) != null ? number(cells.get(c).toString()) : cells.get(c);
                    if (cell instanceof BigDecimal n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (cell != null) {
                        row.createCell(c).setCellValue(cell.toString());
                    }
                }
            });
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static List<@Nullable Object> cells(PublicValue v) {
        List<@Nullable Object> cells = new ArrayList<>();
        cells.add(v.itemCode());
        cells.add(v.itemName());
        cells.add(v.unitOfMeasure());
        cells.add(v.period());
        cells.add(v.unitCode());
        cells.add(v.unitName());
        cells.add(v.disaggregation());
        cells.add(v.value());
        cells.add(v.lastUpdated().toString());
        return cells;
    }

    /** A numeric value as a number, anything else as its text. */
    static Object number(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setWrapText(true);
        return style;
    }
}
