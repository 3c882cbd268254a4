package vn.toancanh.portal.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.IndicatorView;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.reports.LibraryEntry;
import vn.toancanh.reports.ReportTemplateView;
import vn.toancanh.reports.ReportTemplates;
import vn.toancanh.reports.TemplateBlock;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.PageQuery;

/**
 * The reports the portal publishes as news. An admin publishes a report template; its generated reports then appear
 * on the home page, but only while every figure the template cites (table, chart and text placeholders) is a public
 * item of a public group or a public indicator. A template citing an internal figure cannot be published, and one
 * whose figure later becomes internal drops out by itself.
 */
@Component
public class PublishedReports {

    static final String ENTITY = "portal_published_report";
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{\\{([A-Za-z0-9_-]+)(?:\\.[A-Za-z0-9_-]+)?(?:\\|[a-z]+)?}}");

    private final ReportTemplates templates;
    private final CatalogService catalog;
    private final OpenDataCatalog openData;
    private final PublishedReportRepository published;
    private final AuditService audit;
    private final IdentityService identity;

    PublishedReports(
            ReportTemplates templates,
            CatalogService catalog,
            OpenDataCatalog openData,
            PublishedReportRepository published,
            AuditService audit,
            IdentityService identity) {
        this.templates = templates;
        this.catalog = catalog;
        this.openData = openData;
        this.published = published;
        this.audit = audit;
        this.identity = identity;
    }

    /** The newest reports of the published, still-safe templates. */
    public List<NewsItem> latest(int limit) {
        List<LibraryEntry> entries = new ArrayList<>();
        for (String code : safePublishedCodes()) {
            entries.addAll(templates
                    .library(new PageQuery(1, limit, "", "", false), code, null)
                    .items());
        }
        return entries.stream()
                .sorted(Comparator.comparing(LibraryEntry::generatedAt).reversed())
                .limit(limit)
                .map(NewsItem::from)
                .toList();
    }

    /** A generated report's PDF, when its template is published and safe. */
    public Optional<ReportTemplates.ReportFile> pdf(long entryId) {
        try {
            LibraryEntry entry = templates.entry(entryId);
            return safePublishedCodes().contains(entry.templateCode())
                    ? Optional.of(templates.file(entryId, true))
                    : Optional.empty();
        } catch (vn.toancanh.shared.NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Every template with whether it is published and the figures that keep it from being published. */
    public List<TemplateStatus> statuses() {
        Set<String> codes = Set.copyOf(published.codes());
        return templates.templates().stream()
                .map(t -> new TemplateStatus(t.code(), t.name(), codes.contains(t.code()), internalFigures(t)))
                .toList();
    }

    @Transactional
    public void publish(String code) {
        ReportTemplateView template = templates.template(code);
        List<String> internal = internalFigures(template);
        if (!internal.isEmpty()) {
            throw new ConflictException(
                    "template",
                    "Mẫu báo cáo dùng số liệu chưa công khai (" + String.join(", ", internal)
                            + ") nên chưa thể công khai");
        }
        published.publish(code, identity.currentUserOrSystem().username());
        audit.record("PUBLISH", ENTITY, code, "Công khai mẫu báo cáo trên cổng công dân");
    }

    @Transactional
    public void unpublish(String code) {
        if (published.unpublish(code)) {
            audit.record("UNPUBLISH", ENTITY, code, "Thôi công khai mẫu báo cáo trên cổng công dân");
        }
    }

    private List<String> safePublishedCodes() {
        List<String> safe = new ArrayList<>();
        for (String code : published.codes()) {
            if (templates.exists(code)
                    && internalFigures(templates.template(code)).isEmpty()) {
                safe.add(code);
            }
        }
        return safe;
    }

    /** The codes a template cites that are neither public items of public groups nor public indicators. */
    List<String> internalFigures(ReportTemplateView template) {
        Set<String> cited = new LinkedHashSet<>();
        for (TemplateBlock block : template.blocks()) {
            block.items().forEach(i -> cited.add(i.contains(".") ? i.substring(0, i.indexOf('.')) : i));
            if (block.text() != null) {
                Matcher m = PLACEHOLDER.matcher(block.text());
                while (m.find()) {
                    cited.add(m.group(1));
                }
            }
        }
        cited.remove("ky");
        cited.remove("donvi");
        Set<String> open =
                new LinkedHashSet<>(openData.publicItems(List.copyOf(cited)).keySet());
        catalog.findIndicatorsByCodes(cited).values().stream()
                .filter(i -> i.sharing() == SharingLevel.PUBLIC && i.active())
                .map(IndicatorView::code)
                .forEach(open::add);
        return cited.stream().filter(c -> !open.contains(c)).toList();
    }

    /** A template on the admin page. */
    public record TemplateStatus(String code, String name, boolean published, List<String> internalFigures) {}
}
