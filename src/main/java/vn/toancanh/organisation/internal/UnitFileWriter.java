package vn.toancanh.organisation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.toancanh.organisation.UnitDetailView;
import vn.toancanh.organisation.UnitGroupView;
import vn.toancanh.shared.FileFormat;

/** Writes units in the import columns, so an export opens in Excel and imports again into another instance. */
public final class UnitFileWriter {

    private UnitFileWriter() {}

    public static byte[] write(List<UnitDetailView> units, Map<Long, List<UnitGroupView>> groups, FileFormat format) {
        List<List<String>> rows = new ArrayList<>();
        for (UnitDetailView u : units) {
            rows.add(row(u, groups.getOrDefault(u.unit().id(), List.of())));
        }
        try {
            return format == FileFormat.XLSX ? xlsx(rows) : csv(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(UnitDetailView u, List<UnitGroupView> groups) {
        return List.of(
                u.code(),
                u.name(),
                text(u.unit().shortName()),
                u.unit().kind().name(),
                text(u.parentCode()),
                text(u.unit().validFrom()),
                text(u.unit().validTo()),
                text(u.latitude()),
                text(u.longitude()),
                text(u.contact().address()),
                text(u.contact().phone()),
                text(u.contact().email()),
                text(u.nameEn()),
                text(u.contact().website()),
                String.join(";", groups.stream().map(UnitGroupView::code).toList()));
    }

    /** UTF-8 with a BOM, which Excel needs to show Vietnamese correctly. */
    private static byte[] csv(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter printer =
                new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            printer.printRecord(UnitImporter.COLUMNS);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        return out.toByteArray();
    }

    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("Đơn vị");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < UnitImporter.COLUMNS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(UnitImporter.COLUMNS.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
