package vn.toancanh.reports.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.toancanh.reports.OfficialHeader;
import vn.toancanh.reports.ReportBlock;
import vn.toancanh.reports.ReportDocument;
import vn.toancanh.reports.ReportTable;

/**
 * A report as PDF: the Thymeleaf template {@code reports/pdf} (well-formed XHTML, as the layout engine wants) laid
 * out by openhtmltopdf in DejaVu Serif, whose glyphs cover every Vietnamese letter and are embedded in the file.
 * Charts are drawn as bars in CSS, so their labels stay real, searchable text.
 */
@Component
public class PdfReports {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String FAMILY = "DejaVu Serif";
    private static final double COLUMN_MM = 28;

    private final ITemplateEngine templates;

    PdfReports(ITemplateEngine templates) {
        this.templates = templates;
    }

    public void write(ReportDocument document, Locale locale, OutputStream out) throws IOException {
        String html = templates.process("reports/pdf", new Context(locale, Map.of("doc", view(document, locale))));
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        font(builder, "DejaVuSerif.ttf", 400, FontStyle.NORMAL);
        font(builder, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC);
        font(builder, "DejaVuSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> open(file), FAMILY, weight, style, true);
    }

    private static InputStream open(String file) {
        InputStream in = PdfReports.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new UncheckedIOException(new IOException("font missing from the class path: " + file));
        }
        return in;
    }

    static DocumentView view(ReportDocument document, Locale locale) {
        Numbers numbers = new Numbers(locale);
        List<BlockView> blocks = new ArrayList<>();
        for (ReportBlock block : document.blocks()) {
            if (block instanceof ReportBlock.Table t) {
                blocks.add(table(t.table(), numbers));
            } else if (block instanceof ReportBlock.Text t) {
                blocks.add(new BlockView(t.heading(), t.text(), null));
            }
        }
        boolean wide = document.tables().stream()
                .anyMatch(t -> t.labelHeaders().size() + t.valueHeaders().size() > 7);
        return new DocumentView(document, Dates.placeAndDate(document.header().place(), document.date()), wide, blocks);
    }

    private static BlockView table(ReportTable table, Numbers numbers) {
        List<List<String>> values = new ArrayList<>();
        for (ReportTable.Row row : table.rows()) {
            values.add(row.values().stream().map(numbers::format).toList());
        }
        List<ChartView> charts = new ArrayList<>();
        if (table.chart() != ReportTable.Chart.NONE) {
            for (ReportTable.ChartSeries series : table.chartSeries()) {
                charts.add(chart(series, table.chart() == ReportTable.Chart.PIE, numbers));
            }
        }
        return new BlockView(table.title(), null, new TableView(table, values, charts, table.seriesAcross()));
    }

    /** What the template draws, with numbers already written the reader's way. */
    public record DocumentView(
            ReportDocument document, String placeAndDate, boolean landscape, List<BlockView> blocks) {

        public String nation() {
            return OfficialHeader.NATION;
        }

        public String motto() {
            return OfficialHeader.MOTTO;
        }
    }

    /** A text block ({@code text}) or a table ({@code table}). */
    public record BlockView(
            String heading, @Nullable String text, @Nullable TableView table) {}

    /**
     * @param columns the charts run along periods: drawn as columns, one chart per row; else as horizontal bars
     */
    public record TableView(ReportTable table, List<List<String>> values, List<ChartView> charts, boolean columns) {}

    public record ChartView(String name, List<Bar> bars) {}

    /**
     * One bar of a chart: its label, its length in percent of the longest ({@code percent}) or as a column height
     * ({@code height}, CSS millimetres), its figure.
     */
    public record Bar(String label, String percent, String height, String value) {}

    private static ChartView chart(ReportTable.ChartSeries series, boolean pie, Numbers numbers) {
        double max = series.points().stream()
                .filter(p -> p.value() != null)
                .mapToDouble(p -> Math.abs(p.value()))
                .max()
                .orElse(0);
        double total = series.points().stream()
                .filter(p -> p.value() != null)
                .mapToDouble(ReportTable.ChartPoint::value)
                .sum();
        List<Bar> bars = new ArrayList<>();
        for (ReportTable.ChartPoint p : series.points()) {
            double share = p.value() == null || max == 0 ? 0 : Math.abs(p.value()) / max;
            String shown = numbers.format(p.value());
            if (pie && p.value() != null && total != 0) {
                shown += " (" + numbers.format(Math.round(p.value() / total * 1000) / 10.0) + "%)";
            }
            bars.add(new Bar(
                    p.label(),
                    String.format(Locale.ROOT, "%.1f", share * 100),
                    String.format(Locale.ROOT, "%.1fmm", Math.max(0.3, share * COLUMN_MM)),
                    shown));
        }
        return new ChartView(series.name(), bars);
    }

    /** Vietnamese "1.234,5" or English "1,234.5", up to two decimals. */
    static final class Numbers {

        private final java.text.NumberFormat format;

        Numbers(Locale locale) {
            format = java.text.NumberFormat.getNumberInstance(
                    "en".equals(locale.getLanguage()) ? Locale.US : Locale.forLanguageTag("vi-VN"));
            format.setMaximumFractionDigits(2);
            format.setGroupingUsed(true);
        }

        String format(@Nullable Double value) {
            return value == null ? "–" : format.format(value);
        }
    }
}
