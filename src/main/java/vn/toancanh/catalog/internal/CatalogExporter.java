package vn.toancanh.catalog.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.DataItemDetailView;
import vn.toancanh.catalog.ItemFilter;
import vn.toancanh.shared.FileFormat;

/** Writes the catalog's items as CSV (UTF-8 with BOM, so Excel shows Vietnamese) or Excel, streaming. */
@Component
public class CatalogExporter {

    private static final CatalogColumn[] COLUMNS = CatalogColumn.values();

    private final CatalogReader reader;

    CatalogExporter(CatalogReader reader) {
        this.reader = reader;
    }

    public void export(FileFormat format, ItemFilter filter, OutputStream out) {
        try {
            if (format == FileFormat.CSV) {
                csv(filter, out);
            } else {
                xlsx(filter, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void csv(ItemFilter filter, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        for (CatalogColumn column : COLUMNS) {
            printer.print(column.key());
        }
        printer.println();
        reader.forEachItemDetail(filter, item -> {
            try {
                for (CatalogColumn column : COLUMNS) {
                    printer.print(column.value(item));
                }
                printer.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    private void xlsx(ItemFilter filter, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet("Danh mục chỉ tiêu");
            CellStyle header = headerStyle(workbook);
            Row head = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.length; c++) {
                head.createCell(c).setCellValue(COLUMNS[c].label());
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, COLUMNS[c].width() * 256);
            }
            sheet.createFreezePane(2, 1);
            int[] next = {1};
            reader.forEachItemDetail(filter, item -> writeRow(sheet.createRow(next[0]++), item));
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, COLUMNS.length - 1));
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void writeRow(Row row, DataItemDetailView item) {
        for (int c = 0; c < COLUMNS.length; c++) {
            CatalogColumn column = COLUMNS[c];
            String value = column.value(item);
            if (value.isEmpty()) {
                continue;
            }
            if (column == CatalogColumn.MIN_VALUE || column == CatalogColumn.MAX_VALUE) {
                row.createCell(c).setCellValue(new BigDecimal(value).doubleValue());
            } else {
                row.createCell(c).setCellValue(value);
            }
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
