package vn.toancanh.reports.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.toancanh.datavalues.DataValueView;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.FileFormat;

/**
 * Values written row by row to a file for people: codes with names, numbers as numbers, times in Vietnam. Excel
 * keeps only a window of rows in memory (POI's streaming workbook) and starts a new sheet before a sheet's row limit;
 * CSV starts with a byte-order mark so Excel opens it as UTF-8.
 */
abstract sealed class ValueFile implements AutoCloseable permits ValueFile.Excel, ValueFile.Csv {

    static final List<String> HEADINGS = List.of(
            "Mã chỉ tiêu",
            "Tên chỉ tiêu",
            "Đơn vị tính",
            "Mã đơn vị",
            "Tên đơn vị",
            "Kỳ",
            "Phân tổ",
            "Giá trị",
            "Ghi chú",
            "Người nhập",
            "Cập nhật lúc");

    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(OrganisationService.ZONE);

    static ValueFile open(FileFormat format, OutputStream out) throws IOException {
        return format == FileFormat.CSV ? new Csv(out) : new Excel(out);
    }

    abstract void write(DataValueView value, ExportNames.Names names) throws IOException;

    @Override
    public abstract void close() throws IOException;

    static final class Excel extends ValueFile {

        /** Rows per sheet: Excel's limit is 1,048,576 with the heading. */
        static final int SHEET_ROWS = 1_000_000;

        private final OutputStream out;
        private final SXSSFWorkbook book = new SXSSFWorkbook(200);
        private final CellStyle bold;
        private final CellStyle number;
        private SXSSFSheet sheet;
        private int row;

        Excel(OutputStream out) {
            this.out = out;
            book.setCompressTempFiles(true);
            bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            number = book.createCellStyle();
            number.setDataFormat(book.createDataFormat().getFormat("#,##0.##########"));
            sheet = newSheet();
        }

        private SXSSFSheet newSheet() {
            SXSSFSheet s = book.createSheet("Số liệu " + (book.getNumberOfSheets() + 1));
            Row heading = s.createRow(0);
            for (int c = 0; c < HEADINGS.size(); c++) {
                Cell cell = heading.createCell(c);
                cell.setCellValue(HEADINGS.get(c));
                cell.setCellStyle(bold);
                s.setColumnWidth(c, (c == 1 || c == 4 ? 40 : 16) * 256);
            }
            s.createFreezePane(0, 1);
            row = 1;
            return s;
        }

        @Override
        void write(DataValueView v, ExportNames.Names names) {
            if (row > SHEET_ROWS) {
                sheet = newSheet();
            }
            Row r = sheet.createRow(row++);
            r.createCell(0).setCellValue(v.dataElement());
            r.createCell(1).setCellValue(names.item());
            r.createCell(2).setCellValue(names.unitOfMeasure());
            r.createCell(3).setCellValue(v.orgUnit());
            r.createCell(4).setCellValue(names.unit());
            r.createCell(5).setCellValue(v.period());
            r.createCell(6).setCellValue(names.combo());
            Cell value = r.createCell(7);
            BigDecimal n = number(v.value());
            if (n != null) {
                value.setCellValue(n.doubleValue());
                value.setCellStyle(number);
            } else {
                value.setCellValue(v.value());
            }
            r.createCell(8).setCellValue(v.comment() == null ? "" : v.comment());
            r.createCell(9).setCellValue(v.storedBy());
            r.createCell(10).setCellValue(TIME.format(v.lastUpdated()));
        }

        @Override
        public void close() throws IOException {
            try {
                book.write(out);
            } finally {
                book.close();
            }
        }
    }

    static final class Csv extends ValueFile {

        private final CSVPrinter csv;

        Csv(OutputStream out) throws IOException {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write('\uFEFF');
            csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
            csv.printRecord(HEADINGS);
        }

        @Override
        void write(DataValueView v, ExportNames.Names names) throws IOException {
            csv.printRecord(
                    v.dataElement(),
                    names.item(),
                    names.unitOfMeasure(),
                    v.orgUnit(),
                    names.unit(),
                    v.period(),
                    names.combo(),
                    v.value(),
                    v.comment() == null ? "" : v.comment(),
                    v.storedBy(),
                    TIME.format(v.lastUpdated()));
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }

    private static @org.jspecify.annotations.Nullable BigDecimal number(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
