package vn.toancanh.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.reports.internal.AggregateReportBuilder;
import vn.toancanh.reports.internal.ExcelReports;
import vn.toancanh.reports.internal.LibraryMail;
import vn.toancanh.reports.internal.PdfReports;
import vn.toancanh.reports.internal.ReportLibraryRepository;
import vn.toancanh.reports.internal.ReportTemplateRepository;
import vn.toancanh.reports.internal.ReportTemplateValidator;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.Period;

/**
 * Aggregate reports: templates of text, tables and charts (the socio-economic situation report of a month, nine
 * months, a year), generated for a period as Excel and PDF — on request, or by the schedule on a set day — and kept in the
 * report library, from which the schedule's reports also go to the template's subscribers by e-mail.
 *
 * <p>A report in the library is read by leaders and admins, and by the users of the template's unit, of the units
 * above it, and of the departments of the administrative unit above it (the district's departments read the
 * district's report).
 */
@Service
public class ReportTemplates {

    private static final Logger log = LoggerFactory.getLogger(ReportTemplates.class);
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String TEMPLATE = "REPORT_TEMPLATE";
    private static final String LIBRARY = "REPORT_LIBRARY";

    private final ReportTemplateRepository templates;
    private final ReportLibraryRepository library;
    private final ReportTemplateValidator validator;
    private final AggregateReportBuilder builder;
    private final PdfReports pdf;
    private final LibraryMail mail;
    private final OrganisationService organisation;
    private final IdentityService identity;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    ReportTemplates(
            ReportTemplateRepository templates,
            ReportLibraryRepository library,
            ReportTemplateValidator validator,
            AggregateReportBuilder builder,
            PdfReports pdf,
            LibraryMail mail,
            OrganisationService organisation,
            IdentityService identity,
            AuditService audit,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.templates = templates;
        this.library = library;
        this.validator = validator;
        this.builder = builder;
        this.pdf = pdf;
        this.mail = mail;
        this.organisation = organisation;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
    }

    public List<ReportTemplateView> templates() {
        List<ReportTemplateRepository.Stored> all = templates.all();
        Map<Long, UnitView> units = organisation.findByIds(
                all.stream().map(ReportTemplateRepository.Stored::unitId).toList());
        return all.stream().map(t -> view(t, units.get(t.unitId()))).toList();
    }

    public ReportTemplateView template(String code) {
        return templates
                .findByCode(code)
                .map(t -> view(t, organisation.findById(t.unitId()).orElse(null)))
                .orElseThrow(() -> NotFoundException.of("mẫu báo cáo tổng hợp", code));
    }

    public boolean exists(String code) {
        return templates.exists(code);
    }

    /** Creates a template; every mistake at once as {@link InvalidInputException}, a taken code as a conflict. */
    public ReportTemplateView create(ReportTemplateInput input) {
        ReportTemplateRepository.Row row = validator.check(input);
        if (!templates.insert(row, identity.currentUserOrSystem().username())) {
            throw new ConflictException("code", "Đã có mẫu báo cáo mã " + row.code());
        }
        audit.record("CREATE", TEMPLATE, row.code(), row.name());
        return template(row.code());
    }

    /** Changes a template (its code stays); reports already in the library keep what they were generated from. */
    public ReportTemplateView update(String code, ReportTemplateInput input) {
        ReportTemplateView existing = template(code);
        ReportTemplateInput same = new ReportTemplateInput(
                existing.code(),
                input.name(),
                input.periodType(),
                input.unitCode(),
                input.scheduleDay(),
                input.subscribers(),
                input.active(),
                input.blocks());
        ReportTemplateRepository.Row row = validator.check(same);
        templates.update(row, identity.currentUserOrSystem().username());
        audit.record("UPDATE", TEMPLATE, code, "version " + (existing.version() + 1));
        return template(code);
    }

    /** Generates the template's report for {@code periodId} now, on request, into the library. */
    public LibraryEntry generate(String code, String periodId) {
        ReportTemplateView template = template(code);
        Period period = period(template, periodId);
        CurrentUser user = identity.currentUserOrSystem();
        LibraryEntry entry = store(template, period, false, user.username()).orElseThrow();
        audit.record("GENERATE", LIBRARY, String.valueOf(entry.id()), entry.title());
        return entry;
    }

    /** Sends a library report to its template's subscribers now (again, if it went before). */
    public LibraryEntry send(long id) {
        LibraryEntry entry = entry(id);
        ReportTemplateView template = template(entry.templateCode());
        if (template.subscribers().isEmpty()) {
            throw InvalidInputException.of("subscribers", "Mẫu báo cáo chưa có người nhận");
        }
        deliver(entry, template);
        audit.record("SEND", LIBRARY, String.valueOf(id), template.subscribers().size() + " người nhận");
        return entry(id);
    }

    /**
     * Generates the reports the schedule owes on {@code today}: for each active scheduled template, the current
     * period's once its day has come (a day missed while the application was stopped is made up the next run), sent
     * to the subscribers — unless someone already generated that period's report on or after its day. Returns what
     * it generated.
     */
    public List<LibraryEntry> runSchedule(LocalDate today) {
        List<LibraryEntry> made = new ArrayList<>();
        for (ReportTemplateView template : templates()) {
            if (!template.active() || template.scheduleDay() == null) {
                continue;
            }
            Period period = template.periodOn(today);
            LocalDate due = template.scheduledOn(period);
            if (due == null || today.isBefore(due) || issued(template, period, due)) {
                continue;
            }
            try {
                Optional<LibraryEntry> entry = store(template, period, true, CurrentUser.SYSTEM.username());
                if (entry.isPresent()) {
                    audit.recordAs(
                            CurrentUser.SYSTEM.username(),
                            "GENERATE",
                            LIBRARY,
                            String.valueOf(entry.get().id()),
                            entry.get().title());
                    if (!template.subscribers().isEmpty()) {
                        deliver(entry.get(), template);
                    }
                    made.add(entry(entry.get().id()));
                }
            } catch (RuntimeException e) {
                // one broken template must not stop the others
                log.warn("Scheduled report {} {} not generated: {}", template.code(), period.id(), e.toString());
            }
        }
        return made;
    }

    /**
     * The next day the schedule issues a report of this template, on or after {@code today}: the current period's day,
     * or {@code today} while a day that has passed is still owed (the next run makes it up), or the next period's
     * day; null without a schedule.
     */
    public @Nullable LocalDate nextRun(ReportTemplateView template, LocalDate today) {
        if (template.scheduleDay() == null || !template.active()) {
            return null;
        }
        Period period = template.periodOn(today);
        LocalDate due = template.scheduledOn(period);
        if (!due.isBefore(today)) {
            return due;
        }
        return issued(template, period, due) ? template.scheduledOn(period.next()) : today;
    }

    private boolean issued(ReportTemplateView template, Period period, LocalDate due) {
        return library.issuedSince(
                template.id(),
                period.id(),
                due.atStartOfDay(OrganisationService.ZONE).toInstant());
    }

    /** A page of the library the current user may read. */
    public PageResult<LibraryEntry> library(PageQuery query, @Nullable String templateCode, @Nullable String period) {
        return library.page(query, templateCode, period, readableUnits());
    }

    public LibraryEntry entry(long id) {
        return library.find(id)
                .filter(e -> readable(e))
                .orElseThrow(() -> NotFoundException.of("báo cáo trong thư viện", String.valueOf(id)));
    }

    /** A library report's file: the PDF, or the workbook. */
    public ReportFile file(long id, boolean asPdf) {
        LibraryEntry entry = entry(id);
        byte[] content =
                library.file(id, asPdf).orElseThrow(() -> NotFoundException.of("tệp báo cáo", String.valueOf(id)));
        return new ReportFile(fileName(entry) + (asPdf ? ".pdf" : ".xlsx"), content);
    }

    /** A generated file and the name to save it under. */
    public record ReportFile(String name, byte[] content) {}

    private Optional<LibraryEntry> store(ReportTemplateView template, Period period, boolean scheduled, String user) {
        ReportDocument document = builder.build(template, period, VI);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ByteArrayOutputStream pdfOut = new ByteArrayOutputStream();
        try {
            ExcelReports.write(document, xlsx);
            pdf.write(document, VI, pdfOut);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Stored and announced in one transaction, so ReportIssued reaches listeners only once the entry exists.
        Optional<LibraryEntry> stored = transactions.execute(status -> {
            Optional<LibraryEntry> entry = library.insert(
                            template.id(),
                            template.version(),
                            AggregateReportBuilder.title(template, period),
                            period.id(),
                            scheduled,
                            user,
                            xlsx.toByteArray(),
                            pdfOut.toByteArray())
                    .flatMap(library::find);
            entry.ifPresent(e -> events.publishEvent(
                    new ReportIssued(e.id(), e.templateCode(), e.title(), e.period(), e.generatedAt())));
            return entry;
        });
        return stored == null ? Optional.empty() : stored;
    }

    private void deliver(LibraryEntry entry, ReportTemplateView template) {
        byte[] pdfBytes = library.file(entry.id(), true).orElseThrow();
        byte[] xlsxBytes = library.file(entry.id(), false).orElseThrow();
        LibraryMail.Outcome outcome = mail.send(entry, template.subscribers(), pdfBytes, xlsxBytes, fileName(entry));
        library.sent(entry.id(), outcome.recipients(), outcome.error());
    }

    private static String fileName(LibraryEntry entry) {
        // template codes and period ids are plain ASCII letters, digits, '-' and '_'
        return entry.templateCode() + "_" + entry.period();
    }

    private static Period period(ReportTemplateView template, String periodId) {
        Period period = Period.parse(periodId)
                .orElseThrow(() -> InvalidInputException.of("period", "Kỳ không hợp lệ: " + periodId));
        if (period.type() != template.periodType()) {
            throw InvalidInputException.of(
                    "period",
                    "Mẫu " + template.code() + " lập theo kỳ " + label(template) + ", không theo " + periodId);
        }
        return period;
    }

    private static String label(ReportTemplateView template) {
        return switch (template.periodType()) {
            case MONTHLY -> "tháng";
            case QUARTERLY -> "quý";
            case SIX_MONTHLY -> "6 tháng";
            case NINE_MONTHLY -> "9 tháng";
            case YEARLY -> "năm";
            default -> template.periodType().name();
        };
    }

    /** Null when the user reads every report; otherwise the ids of the units whose reports they read. */
    private @Nullable List<Long> readableUnits() {
        CurrentUser user = identity.currentUserOrSystem();
        if (user.readsAll()) {
            return null;
        }
        if (user.unitId() == null) {
            return List.of();
        }
        UnitView own = organisation.findById(user.unitId()).orElse(null);
        if (own == null) {
            return List.of();
        }
        UnitView root = own;
        if (!isAdministrative(own) && own.parentId() != null) {
            root = organisation.findById(own.parentId()).orElse(own);
        }
        List<Long> ids = new ArrayList<>(
                organisation.subtree(root.id()).stream().map(UnitView::id).toList());
        // and the units above: a commune reads the district's report
        for (Long p = root.parentId(); p != null; ) {
            UnitView parent = organisation.findById(p).orElse(null);
            if (parent == null) {
                break;
            }
            ids.add(parent.id());
            p = parent.parentId();
        }
        return ids;
    }

    private boolean readable(LibraryEntry entry) {
        List<Long> units = readableUnits();
        return units == null
                || templates
                        .findByCode(entry.templateCode())
                        .map(t -> units.contains(t.unitId()))
                        .orElse(false);
    }

    private static boolean isAdministrative(UnitView unit) {
        return unit.kind() != UnitKind.DEPARTMENT && unit.kind() != UnitKind.PARTNER && unit.kind() != UnitKind.OTHER;
    }

    private static ReportTemplateView view(ReportTemplateRepository.Stored t, @Nullable UnitView unit) {
        return new ReportTemplateView(
                t.id(),
                t.code(),
                t.name(),
                t.periodType(),
                t.unitId(),
                unit == null ? "" : unit.code(),
                unit == null ? "" : unit.name(),
                t.scheduleDay(),
                t.subscribers(),
                t.active(),
                t.version(),
                t.blocks(),
                t.updatedAt(),
                t.updatedBy());
    }
}
