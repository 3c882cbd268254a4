package vn.toancanh.analytics.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.toancanh.analytics.AnalyticsGrid;

/** An analytics grid as files: CSV with ids (for machines), Excel with names and real numbers (for people). */
final class GridFiles {

    private GridFiles() {}

    static void csv(AnalyticsGrid grid, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord(
                    grid.headers().stream().map(AnalyticsGrid.Header::name).toList());
            for (List<String> row : grid.rows()) {
                csv.printRecord(row);
            }
        }
    }

    static void xlsx(AnalyticsGrid grid, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(500)) {
            Sheet sheet = book.createSheet("Phân tích");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle number = book.createCellStyle();
            number.setDataFormat(book.createDataFormat().getFormat("#,##0.####"));
            Row header = sheet.createRow(0);
            List<AnalyticsGrid.Header> headers = grid.headers();
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c).column());
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, c == headers.size() - 1 ? 18 * 256 : 40 * 256);
            }
            int r = 1;
            for (List<String> row : grid.rows()) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < row.size() - 1; c++) {
                    line.createCell(c).setCellValue(name(grid, row.get(c)));
                }
                var value = line.createCell(row.size() - 1);
                value.setCellValue(Double.parseDouble(row.get(row.size() - 1)));
                value.setCellStyle(number);
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            book.dispose();
        }
    }

    private static String name(AnalyticsGrid grid, String id) {
        if (grid.metaData() == null) {
            return id;
        }
        AnalyticsGrid.MetaItem item = grid.metaData().items().get(id);
        return item == null ? id : item.name();
    }
}
