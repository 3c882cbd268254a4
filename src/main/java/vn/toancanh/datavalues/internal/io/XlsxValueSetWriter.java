package vn.toancanh.datavalues.internal.io;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.toancanh.datavalues.DataValueView;

/**
 * A streaming workbook (only a window of rows in memory) with a Vietnamese header row; numbers are written as
 * numeric cells so they add up in Excel.
 */
final class XlsxValueSetWriter implements ValueSetWriter {

    static final String[] HEADER = {
        "Mã chỉ tiêu",
        "Kỳ",
        "Mã đơn vị",
        "Mã phân tổ",
        "Giá trị",
        "Ghi chú",
        "Người nhập",
        "Ngày tạo",
        "Cập nhật lần cuối"
    };
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d+)?");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(500);
    private static final int MAX_ROWS = 1_048_576;
    private final CellStyle bold;
    private SXSSFSheet sheet;
    private int sheets;
    private int next;

    XlsxValueSetWriter(OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        newSheet();
    }

    /** Excel holds 1,048,576 rows a sheet: a larger export continues on the next sheet. */
    private void newSheet() {
        sheets++;
        sheet = workbook.createSheet(sheets == 1 ? "Số liệu" : "Số liệu (" + sheets + ")");
        next = 1;
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADER.length; i++) {
            header.createCell(i).setCellValue(HEADER[i]);
            header.getCell(i).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void accept(DataValueView v) {
        if (next == MAX_ROWS) {
            newSheet();
        }
        Row row = sheet.createRow(next++);
        row.createCell(0).setCellValue(v.dataElement());
        row.createCell(1).setCellValue(v.period());
        row.createCell(2).setCellValue(v.orgUnit());
        row.createCell(3).setCellValue(v.categoryOptionCombo());
        if (NUMBER.matcher(v.value()).matches()) {
            row.createCell(4).setCellValue(Double.parseDouble(v.value()));
        } else {
            row.createCell(4).setCellValue(v.value());
        }
        row.createCell(5).setCellValue(v.comment() == null ? "" : v.comment());
        row.createCell(6).setCellValue(v.storedBy());
        row.createCell(7).setCellValue(TIME.format(v.created()));
        row.createCell(8).setCellValue(TIME.format(v.lastUpdated()));
    }

    @Override
    public void finish() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }
}
