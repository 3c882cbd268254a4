package vn.toancanh.reports.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.toancanh.reports.OfficialHeader;
import vn.toancanh.reports.ReportBlock;
import vn.toancanh.reports.ReportDocument;
import vn.toancanh.reports.ReportTable;

/**
 * A report as one Excel sheet laid out like the paper document: the header block, the title, then each table with
 * bold bordered headings and real numbers (Excel shows them in the reader's own number format), a native Excel chart
 * under a table that comes from a chart, and text blocks as wrapped paragraphs.
 */
public final class ExcelReports {

    private static final int CHART_ROWS = 16;
    private static final String NUMBER_FORMAT = "#,##0.##";

    private ExcelReports() {}

    public static void write(ReportDocument document, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            new Layout(book, document).draw();
            book.write(out);
        }
    }

    /** The sheet being drawn, its styles and the next free row. */
    private static final class Layout {

        private final XSSFWorkbook book;
        private final ReportDocument document;
        private final XSSFSheet sheet;
        private final int width;
        private final CellStyle headerLeft;
        private final CellStyle headerLeftBold;
        private final CellStyle headerRight;
        private final CellStyle motto;
        private final CellStyle dateLine;
        private final CellStyle title;
        private final CellStyle subtitle;
        private final CellStyle tableTitle;
        private final CellStyle columnHeading;
        private final CellStyle label;
        private final CellStyle number;
        private final CellStyle note;
        private final CellStyle paragraph;
        private int next;

        Layout(XSSFWorkbook book, ReportDocument document) {
            this.book = book;
            this.document = document;
            this.sheet = book.createSheet("Báo cáo");
            int columns = 4;
            for (ReportTable table : document.tables()) {
                columns = Math.max(
                        columns,
                        table.labelHeaders().size() + table.valueHeaders().size());
            }
            this.width = columns;
            headerLeft = style(false, false, false, 12, HorizontalAlignment.CENTER);
            headerLeftBold = style(true, false, false, 12, HorizontalAlignment.CENTER);
            headerRight = style(true, false, false, 12, HorizontalAlignment.CENTER);
            motto = style(true, false, true, 13, HorizontalAlignment.CENTER);
            dateLine = style(false, true, false, 12, HorizontalAlignment.CENTER);
            title = style(true, false, false, 14, HorizontalAlignment.CENTER);
            subtitle = style(false, true, false, 12, HorizontalAlignment.CENTER);
            tableTitle = style(true, false, false, 12, HorizontalAlignment.LEFT);
            columnHeading = bordered(style(true, false, false, 11, HorizontalAlignment.CENTER));
            columnHeading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            columnHeading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            columnHeading.setWrapText(true);
            columnHeading.setVerticalAlignment(VerticalAlignment.CENTER);
            label = bordered(style(false, false, false, 11, HorizontalAlignment.LEFT));
            label.setWrapText(true);
            number = bordered(style(false, false, false, 11, HorizontalAlignment.RIGHT));
            number.setDataFormat(book.createDataFormat().getFormat(NUMBER_FORMAT));
            note = style(false, true, false, 10, HorizontalAlignment.LEFT);
            paragraph = style(false, false, false, 12, HorizontalAlignment.JUSTIFY);
            paragraph.setWrapText(true);
            paragraph.setVerticalAlignment(VerticalAlignment.TOP);
        }

        void draw() {
            header(document.header());
            next++;
            merged(next++, 0, width - 1, document.title(), title);
            if (document.subtitle() != null) {
                merged(next++, 0, width - 1, document.subtitle(), subtitle);
            }
            next++;
            for (ReportBlock block : document.blocks()) {
                if (block instanceof ReportBlock.Table t) {
                    table(t.table());
                } else if (block instanceof ReportBlock.Text t) {
                    text(t);
                }
                next++;
            }
            for (int c = 0; c < width; c++) {
                sheet.setColumnWidth(c, (c == 0 ? 42 : 16) * 256);
            }
            sheet.getPrintSetup().setLandscape(width > 6);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
        }

        private void header(OfficialHeader header) {
            int split = Math.max(1, width / 2);
            merged(0, 0, split - 1, header.superior() == null ? "" : header.superior(), headerLeft);
            merged(1, 0, split - 1, header.issuer(), headerLeftBold);
            merged(0, split, width - 1, OfficialHeader.NATION, headerRight);
            merged(1, split, width - 1, OfficialHeader.MOTTO, motto);
            merged(3, split, width - 1, Dates.placeAndDate(header.place(), document.date()), dateLine);
            next = 4;
        }

        private void table(ReportTable table) {
            if (!table.title().equals(document.title())) {
                merged(next++, 0, width - 1, table.title(), tableTitle);
            }
            int headingRow = next++;
            Row heading = sheet.createRow(headingRow);
            int c = 0;
            for (String h : table.labelHeaders()) {
                cell(heading, c++, h, columnHeading);
            }
            for (String h : table.valueHeaders()) {
                cell(heading, c++, h, columnHeading);
            }
            int firstData = next;
            int labels = table.labelHeaders().size();
            for (ReportTable.Row row : table.rows()) {
                Row line = sheet.createRow(next++);
                for (int i = 0; i < labels; i++) {
                    cell(line, i, i < row.labels().size() ? row.labels().get(i) : "", label);
                }
                for (int i = 0; i < row.values().size(); i++) {
                    Cell cell = line.createCell(labels + i);
                    cell.setCellStyle(number);
                    Double value = row.values().get(i);
                    if (value != null) {
                        cell.setCellValue(value);
                    }
                }
            }
            int lastData = next - 1;
            if (table.note() != null) {
                merged(next++, 0, width - 1, table.note(), note);
            }
            if (table.chart() != ReportTable.Chart.NONE && !table.rows().isEmpty()) {
                chart(table, headingRow, firstData, lastData, labels);
            }
        }

        /** A native chart of the table's cells, so it follows any figure the reader corrects. */
        private void chart(ReportTable table, int headingRow, int firstData, int lastData, int labels) {
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, next, Math.min(width, 8), next + CHART_ROWS);
            next += CHART_ROWS + 1;
            XSSFChart chart = drawing.createChart(anchor);
            chart.setTitleText(table.title());
            chart.setTitleOverlay(false);
            XDDFChartData data;
            if (table.chart() == ReportTable.Chart.PIE) {
                data = chart.createData(ChartTypes.PIE, null, null);
                chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
            } else {
                var bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
                var left = chart.createValueAxis(AxisPosition.LEFT);
                data = chart.createData(
                        table.chart() == ReportTable.Chart.LINE ? ChartTypes.LINE : ChartTypes.BAR, bottom, left);
                if (data instanceof XDDFBarChartData bars) {
                    bars.setBarDirection(BarDirection.COL);
                }
            }
            data.setVaryColors(table.chart() == ReportTable.Chart.PIE);
            if (table.seriesAcross()) {
                // each row a series along the period columns; a pie shows the first row only
                int lastColumn = labels + table.valueHeaders().size() - 1;
                XDDFDataSource<String> periods = XDDFDataSourcesFactory.fromStringCellRange(
                        sheet, new CellRangeAddress(headingRow, headingRow, labels, lastColumn));
                int series = table.chart() == ReportTable.Chart.PIE
                        ? 1
                        : Math.min(table.rows().size(), ReportTable.MAX_SERIES);
                for (int r = firstData; r < firstData + series; r++) {
                    XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(
                            sheet, new CellRangeAddress(r, r, labels, lastColumn));
                    data.addSeries(periods, values)
                            .setTitle(
                                    String.join(
                                            " – ",
                                            table.rows().get(r - firstData).labels()),
                                    null);
                }
                if (series > 1) {
                    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
                }
            } else {
                XDDFDataSource<String> rows = XDDFDataSourcesFactory.fromStringCellRange(
                        sheet, new CellRangeAddress(firstData, lastData, 0, 0));
                XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(
                        sheet, new CellRangeAddress(firstData, lastData, labels, labels));
                data.addSeries(rows, values).setTitle(table.valueHeaders().get(0), null);
            }
            chart.plot(data);
        }

        private void text(ReportBlock.Text text) {
            merged(next++, 0, width - 1, text.heading(), tableTitle);
            int row = next++;
            merged(row, 0, width - 1, text.text(), paragraph);
            // a merged cell does not grow with its text: give the row the height its lines need
            int charsPerLine = Math.max(40, 42 + (width - 1) * 16);
            int lines = 1
                    + text.text().length() / charsPerLine
                    + (int) text.text().chars().filter(ch -> ch == '\n').count();
            sheet.getRow(row).setHeightInPoints(lines * 16f);
        }

        private void merged(int rowIndex, int from, int to, String value, CellStyle style) {
            Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
            cell(row, from, value, style);
            for (int c = from + 1; c <= to; c++) {
                row.createCell(c).setCellStyle(style);
            }
            if (to > from) {
                sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, from, to));
            }
        }

        private static void cell(Row row, int column, String value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }

        private CellStyle style(
                boolean bold, boolean italic, boolean underline, int points, HorizontalAlignment align) {
            CellStyle style = book.createCellStyle();
            Font font = book.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setItalic(italic);
            if (underline) {
                font.setUnderline(Font.U_SINGLE);
            }
            style.setFont(font);
            style.setAlignment(align);
            return style;
        }

        private static CellStyle bordered(CellStyle style) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
