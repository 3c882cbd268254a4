package vn.toancanh.feedback.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.toancanh.feedback.FeedbackFigures;

/**
 * The figures as an Excel workbook: a sheet by unit and one by category, each with the period in its title, one row
 * a line and the total last, real numbers (Excel shows them in the reader's own format).
 */
final class FiguresWorkbook {

    static final List<String> HEADINGS = List.of(
            "Tên",
            "Tiếp nhận",
            "Đã trả lời",
            "Trả lời đúng hạn",
            "Tỷ lệ đúng hạn (%)",
            "Thời gian xử lý trung bình (giờ)",
            "Đang xử lý",
            "Quá hạn",
            "Không xử lý");

    private FiguresWorkbook() {}

    static byte[] write(FeedbackFigures figures, String period) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            sheet(
                    book,
                    styles,
                    "Theo đơn vị",
                    "Phản ánh, kiến nghị theo đơn vị xử lý, " + period,
                    figures.byUnit(),
                    figures.total());
            sheet(
                    book,
                    styles,
                    "Theo lĩnh vực",
                    "Phản ánh, kiến nghị theo lĩnh vực, " + period,
                    figures.byCategory(),
                    figures.total());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle bold, CellStyle decimal) {
        Styles(XSSFWorkbook book) {
            this(book.createCellStyle(), book.createCellStyle());
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            decimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
        }
    }

    private static void sheet(
            XSSFWorkbook book,
            Styles styles,
            String name,
            String title,
            List<FeedbackFigures.Row> rows,
            FeedbackFigures.Row total) {
        Sheet sheet = book.createSheet(name);
        Cell titleCell = sheet.createRow(0).createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(styles.bold());
        Row head = sheet.createRow(2);
        for (int i = 0; i < HEADINGS.size(); i++) {
            Cell c = head.createCell(i);
            c.setCellValue(HEADINGS.get(i));
            c.setCellStyle(styles.bold());
        }
        int n = 3;
        for (FeedbackFigures.Row r : rows) {
            line(sheet.createRow(n++), r, styles);
        }
        line(sheet.createRow(n), total, styles);
        sheet.getRow(n).getCell(0).setCellStyle(styles.bold());
        sheet.setColumnWidth(0, 40 * 256);
        for (int i = 1; i < HEADINGS.size(); i++) {
            sheet.setColumnWidth(i, 16 * 256);
        }
        sheet.createFreezePane(1, 3);
    }

    private static void line(Row row, FeedbackFigures.Row r, Styles styles) {
        row.createCell(0).setCellValue(r.name());
        row.createCell(1).setCellValue(r.received());
        row.createCell(2).setCellValue(r.answered());
        row.createCell(3).setCellValue(r.answeredOnTime());
        decimal(row.createCell(4), r.onTimeRate(), styles);
        decimal(row.createCell(5), r.averageHours(), styles);
        row.createCell(6).setCellValue(r.open());
        row.createCell(7).setCellValue(r.overdue());
        row.createCell(8).setCellValue(r.rejected());
    }

    private static void decimal(Cell cell, Double value, Styles styles) {
        if (value != null) {
            cell.setCellValue(Math.round(value * 10) / 10.0);
            cell.setCellStyle(styles.decimal());
        }
    }
}
