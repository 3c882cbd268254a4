package vn.toancanh.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.dashboard.DashboardService;
import vn.toancanh.dashboard.DashboardView;
import vn.toancanh.dashboard.WidgetView;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.reports.internal.ExcelReports;
import vn.toancanh.reports.internal.GridTables;
import vn.toancanh.reports.internal.OfficialHeaders;
import vn.toancanh.reports.internal.PdfReports;
import vn.toancanh.reports.internal.WidgetQueries;

/**
 * Quick reports: an analytics query, one chart or table, or a whole dashboard, as the current user may read it, under
 * their unit's header block, ready for Excel or PDF.
 */
@Service
public class QuickReports {

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final AnalyticsService analytics;
    private final DashboardService dashboards;
    private final IdentityService identity;
    private final OfficialHeaders headers;
    private final GridTables tables;
    private final PdfReports pdf;
    private final MessageSource messages;
    private final JsonMapper json;

    QuickReports(
            AnalyticsService analytics,
            DashboardService dashboards,
            IdentityService identity,
            OfficialHeaders headers,
            GridTables tables,
            PdfReports pdf,
            MessageSource messages,
            JsonMapper json) {
        this.analytics = analytics;
        this.dashboards = dashboards;
        this.identity = identity;
        this.headers = headers;
        this.tables = tables;
        this.pdf = pdf;
        this.messages = messages;
        this.json = json;
    }

    /** One analytics query as a one-table report; {@code title} defaults to the names of its items. */
    public ReportDocument analytics(
            AnalyticsRequest request, @Nullable String title, ReportTable.Chart chart, Locale locale) {
        AnalyticsGrid grid = analytics.query(request);
        String heading = title == null || title.isBlank() ? defaultTitle(grid, locale) : title.strip();
        ReportTable table = withNote(tables.table(grid, heading, chart, locale), grid, locale);
        return document(heading, tables.filters(grid, locale), List.of(new ReportBlock.Table(table)));
    }

    /**
     * A dashboard as a report: a table (and chart) per figure widget, in the page's order, for the page's period
     * ({@code period}, applied as the page applies it; null = each widget's own).
     */
    public ReportDocument dashboard(String code, @Nullable String period, Locale locale) {
        DashboardView dashboard = dashboards.get(code);
        boolean english = "en".equals(locale.getLanguage());
        List<ReportBlock> blocks = new ArrayList<>();
        for (WidgetView widget : dashboard.widgets()) {
            Optional<AnalyticsRequest> query =
                    WidgetQueries.of(widget, dashboards.unitOf(widget), period, locked(widget), english);
            if (query.isEmpty()) {
                continue;
            }
            AnalyticsGrid grid = analytics.query(query.get());
            String title = widget.title(locale);
            String filters = tables.filters(grid, locale);
            ReportTable table = tables.table(
                    grid,
                    filters == null ? title : title + " (" + filters + ")",
                    WidgetQueries.chart(widget.type()),
                    locale);
            blocks.add(new ReportBlock.Table(withNote(table, grid, locale)));
        }
        return document(dashboard.title(locale), null, blocks);
    }

    public void excel(ReportDocument document, OutputStream out) throws IOException {
        ExcelReports.write(document, out);
    }

    public void pdf(ReportDocument document, Locale locale, OutputStream out) throws IOException {
        pdf.write(document, locale, out);
    }

    /** A report of these blocks under the current user's unit header, dated today: for other modules' reports too. */
    public ReportDocument document(String title, @Nullable String subtitle, List<ReportBlock> blocks) {
        return new ReportDocument(
                headers.of(identity.currentUserOrSystem()), OrganisationService.today(), title, subtitle, blocks);
    }

    private boolean locked(WidgetView widget) {
        JsonNode lock = json.readTree(widget.options()).get("lockPeriod");
        return lock != null && lock.asBoolean();
    }

    private String defaultTitle(AnalyticsGrid grid, Locale locale) {
        List<String> dx =
                grid.metaData() == null ? null : grid.metaData().dimensions().get("dx");
        if (dx == null || dx.isEmpty() || dx.size() > 3) {
            return messages.getMessage("reports.quick.title", null, locale);
        }
        return String.join(
                "; ", dx.stream().map(id -> GridTables.name(grid, id)).toList());
    }

    /** "Nguồn: Phòng Tài chính - Kế hoạch · cập nhật 10:15 02/12/2026", from the items' metadata. */
    private ReportTable withNote(ReportTable table, AnalyticsGrid grid, Locale locale) {
        if (grid.metaData() == null) {
            return table;
        }
        TreeSet<String> sources = new TreeSet<>();
        Instant updated = null;
        for (AnalyticsGrid.MetaItem item : grid.metaData().items().values()) {
            if (item.source() != null) {
                sources.add(item.source());
            }
            if (item.lastUpdated() != null
                    && (updated == null || item.lastUpdated().isAfter(updated))) {
                updated = item.lastUpdated();
            }
        }
        List<String> parts = new ArrayList<>();
        if (!sources.isEmpty()) {
            parts.add(messages.getMessage("reports.source", new Object[] {String.join(", ", sources)}, locale));
        }
        if (updated != null) {
            parts.add(messages.getMessage(
                    "reports.updated",
                    new Object[] {UPDATED.format(updated.atZone(OrganisationService.ZONE))},
                    locale));
        }
        String note = parts.isEmpty() ? null : String.join(" · ", parts);
        return table.withNote(note);
    }
}
