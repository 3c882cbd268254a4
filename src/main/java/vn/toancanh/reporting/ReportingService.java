package vn.toancanh.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.ImportConflict;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.datavalues.ImportSummary;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.reporting.internal.ReportClock;
import vn.toancanh.reporting.internal.ReportEntries;
import vn.toancanh.reporting.internal.ReportFormRepository;
import vn.toancanh.reporting.internal.ReportFormValidator;
import vn.toancanh.reporting.internal.ReportFormViews;
import vn.toancanh.reporting.internal.ReportOutliers;
import vn.toancanh.reporting.internal.ReportRepository;
import vn.toancanh.reporting.internal.ReportRepository.StoredReport;
import vn.toancanh.reporting.internal.ReportValidator;
import vn.toancanh.reporting.internal.ReportWorkflow;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.Period;

/**
 * Report forms and each unit's reports. Admins build forms; a unit's officers fill and submit its report; the approval
 * chain approves or returns it; approved reports are locked until a leader or admin reopens them. Every move is an
 * event of the report's history, an audit entry and an application event.
 */
@Service
@Transactional(readOnly = true)
public class ReportingService {

    private final ReportFormRepository forms;
    private final ReportRepository reports;
    private final ReportFormValidator validator;
    private final ReportFormViews views;
    private final IdentityService identity;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final ReportClock clock;
    private final ReportEntries entries;
    private final DataValueService values;
    private final ReportValidator rules;
    private final ReportOutliers outliers;

    ReportingService(
            ReportFormRepository forms,
            ReportRepository reports,
            ReportFormValidator validator,
            ReportFormViews views,
            IdentityService identity,
            AuditService audit,
            ApplicationEventPublisher events,
            ReportClock clock,
            ReportEntries entries,
            DataValueService values,
            ReportValidator rules,
            ReportOutliers outliers) {
        this.outliers = outliers;
        this.rules = rules;
        this.entries = entries;
        this.values = values;
        this.forms = forms;
        this.reports = reports;
        this.validator = validator;
        this.views = views;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public List<ReportFormView> forms() {
        return views.of(forms.all());
    }

    public ReportFormView form(String code) {
        return views.of(forms.findByCode(code).orElseThrow(() -> NotFoundException.of("biểu mẫu báo cáo", code)));
    }

    @Transactional
    public ReportFormView createForm(ReportFormInput input) {
        requireAdmin();
        ReportFormValidator.Checked c = validator.check(input, null);
        if (forms.exists(c.code())) {
            throw new ConflictException("code", "Đã có biểu mẫu mã " + c.code());
        }
        forms.insert(c, user().username());
        audit.record("CREATE", "report_form", c.code(), c.name());
        return form(c.code());
    }

    /** Changes a form; a change to its sections or items makes a new version, reports already made keep theirs. */
    @Transactional
    public ReportFormView updateForm(String code, ReportFormInput input) {
        requireAdmin();
        ReportFormRepository.StoredForm existing =
                forms.findByCode(code).orElseThrow(() -> NotFoundException.of("biểu mẫu báo cáo", code));
        ReportFormValidator.Checked c = validator.check(input, code);
        forms.update(existing, c, user().username());
        ReportFormView updated = form(code);
        audit.record("UPDATE", "report_form", code, c.name() + " (phiên bản " + updated.version() + ")");
        return updated;
    }

    /** Every assigned unit's report for the period, NOT_STARTED where nothing has been saved, by unit code. */
    public List<ReportView> reports(String formCode, String periodId) {
        ReportFormView form = form(formCode);
        Period period = form.period(periodId);
        Map<Long, StoredReport> stored = reports.ofPeriod(form.id(), period.id()).stream()
                .collect(Collectors.toMap(StoredReport::unitId, Function.identity()));
        List<ReportView> out = new ArrayList<>();
        for (ReportFormView.FormUnit unit : form.units()) {
            out.add(view(form, unit, period, stored.get(unit.id()), false));
        }
        return out;
    }

    public ReportView report(String formCode, String unitCode, String periodId) {
        ReportFormView form = form(formCode);
        ReportFormView.FormUnit unit = unit(form, unitCode);
        Period period = form.period(periodId);
        return view(
                form,
                unit,
                period,
                reports.find(form.id(), unit.id(), period.id()).orElse(null),
                true);
    }

    /** Starts the report (or takes a returned one back into work): DRAFT, the form's current version. */
    @Transactional
    public ReportView edit(String formCode, String unitCode, String periodId) {
        Target t = target(formCode, unitCode, periodId);
        ReportWorkflow.checkFills(user(), t.unit().id());
        StoredReport r = current(t);
        StoredReport next = ReportWorkflow.edited(r);
        if (next != r) {
            move(t, r, next, "SAVE", null);
        }
        return report(formCode, unitCode, periodId);
    }

    /**
     * Submits the report to the first approval step. The validation rules run first: a broken ERROR rule refuses it
     * (400, one problem per rule, field {@code rules}); broken WARNING rules need a comment explaining them.
     */
    @Transactional
    public ReportView submit(String formCode, String unitCode, String periodId, @Nullable String comment) {
        Target t = target(formCode, unitCode, periodId);
        ReportWorkflow.checkFills(user(), t.unit().id());
        checkRules(t, comment);
        StoredReport r = current(t);
        move(t, r, ReportWorkflow.submit(r, user().username(), clock.now()), "SUBMIT", comment);
        events.publishEvent(
                new ReportSubmitted(formCode, t.unit().id(), t.period().id(), user().username()));
        return report(formCode, unitCode, periodId);
    }

    @Transactional
    public ReportView approve(String formCode, String unitCode, String periodId, @Nullable String comment) {
        Target t = target(formCode, unitCode, periodId);
        StoredReport r = existing(t);
        ReportWorkflow.checkApproves(user(), t.form(), r);
        StoredReport next = ReportWorkflow.approve(r, t.form(), user().username(), clock.now());
        move(t, r, next, "APPROVE", comment);
        if (next.status() == ReportStatus.APPROVED) {
            events.publishEvent(
                    new ReportApproved(formCode, t.unit().id(), t.period().id(), user().username()));
        }
        return report(formCode, unitCode, periodId);
    }

    @Transactional
    public ReportView returnReport(String formCode, String unitCode, String periodId, @Nullable String reason) {
        Target t = target(formCode, unitCode, periodId);
        StoredReport r = existing(t);
        ReportWorkflow.checkApproves(user(), t.form(), r);
        StoredReport next = ReportWorkflow.returnTo(r, reason);
        move(t, r, next, "RETURN", next.returnedReason());
        events.publishEvent(
                new ReportReturned(formCode, t.unit().id(), t.period().id(), user().username()));
        return report(formCode, unitCode, periodId);
    }

    @Transactional
    public ReportView reopen(String formCode, String unitCode, String periodId, @Nullable String reason) {
        Target t = target(formCode, unitCode, periodId);
        StoredReport r = existing(t);
        StoredReport next = ReportWorkflow.reopen(r, user(), reason);
        move(t, r, next, "REOPEN", next.returnedReason());
        events.publishEvent(
                new ReportReopened(formCode, t.unit().id(), t.period().id(), user().username()));
        return report(formCode, unitCode, periodId);
    }

    /** The report's page: its rows with this and the previous period's values, and what the reader may do. */
    public ReportEntryView entry(String formCode, String unitCode, String periodId) {
        ReportFormView form = form(formCode);
        ReportFormView.FormUnit unit = unit(form, unitCode);
        Period period = form.period(periodId);
        ReportView report = view(
                form,
                unit,
                period,
                reports.find(form.id(), unit.id(), period.id()).orElse(null),
                true);
        CurrentUser user = user();
        return new ReportEntryView(
                form,
                report,
                period.previous().labelVi(),
                form.dataFrom(period),
                form.dataUntil(period),
                entries.sections(form, unitCode, period),
                rules.check(form, List.of(unitCode), period),
                report.overdue(clock.today()),
                ReportWorkflow.mayFill(user, report.unitId()),
                report.status() == ReportStatus.SUBMITTED
                        && ReportWorkflow.mayApprove(user, form, report.unitId(), report.step(), report.submittedBy()),
                report.status() == ReportStatus.APPROVED && ReportWorkflow.mayReopen(user));
    }

    /**
     * Saves the values typed into the report's page ({@code v:ITEM:COMBO} → text): all or nothing, through the data
     * values write path with its checks; the report becomes a DRAFT. Rejected values come back by field.
     */
    @Transactional
    public ReportSaveResult save(String formCode, String unitCode, String periodId, Map<String, String> typed) {
        Target t = target(formCode, unitCode, periodId);
        ReportWorkflow.checkFills(user(), t.unit().id());
        StoredReport r = current(t);
        StoredReport next = ReportWorkflow.edited(r);
        List<DataValueInput> rows = entries.changes(t.form(), unitCode, t.period(), typed);
        ImportSummary summary = rows.isEmpty()
                ? new ImportSummary(ImportSummary.Status.SUCCESS, false, 0, 0, 0, 0, List.of())
                : values.importValues(rows, ImportOptions.defaults(ChangeSource.FORM));
        Map<String, String> errors = new LinkedHashMap<>();
        for (ImportConflict c : summary.conflicts()) {
            DataValueInput row = rows.get(Math.max(0, Math.min(rows.size() - 1, c.row() - 1)));
            errors.putIfAbsent("v:" + row.dataElement() + ":" + row.categoryOptionCombo(), c.reason());
        }
        if (errors.isEmpty() && next != r) {
            move(t, r, next, "SAVE", null);
        }
        return new ReportSaveResult(summary.imported() + summary.updated() + summary.deleted(), errors);
    }

    /** Each assigned unit's reports over the {@code count} latest periods that have begun, with the period totals. */
    public CompletenessView completeness(String formCode, int count) {
        ReportFormView form = form(formCode);
        List<Period> periods = new ArrayList<>();
        Period p = form.latestBegun(clock.today());
        for (int i = 0; i < Math.max(1, Math.min(count, 24)); i++) {
            periods.add(0, p);
            p = p.previous();
        }
        Map<String, List<ReportView>> byPeriod = new LinkedHashMap<>();
        for (Period period : periods) {
            byPeriod.put(period.id(), reports(formCode, period.id()));
        }
        List<CompletenessView.Row> rows = new ArrayList<>();
        for (int u = 0; u < form.units().size(); u++) {
            List<ReportView> cells = new ArrayList<>();
            for (Period period : periods) {
                cells.add(byPeriod.get(period.id()).get(u));
            }
            rows.add(new CompletenessView.Row(form.units().get(u), cells));
        }
        List<CompletenessView.Total> totals = new ArrayList<>();
        for (Period period : periods) {
            List<ReportView> all = byPeriod.get(period.id());
            totals.add(new CompletenessView.Total(
                    period.id(),
                    period.labelVi(),
                    all.size(),
                    (int) all.stream().filter(r -> r.status().sent()).count(),
                    (int) all.stream()
                            .filter(r -> Boolean.TRUE.equals(r.onTime()))
                            .count(),
                    (int) all.stream().filter(r -> r.overdue(clock.today())).count()));
        }
        return new CompletenessView(
                form, clock.today(), periods.stream().map(Period::id).toList(), rows, totals);
    }

    /**
     * The current user's to-do list: their unit's reports of the current and the previous period not yet sent (a
     * reminder once within the form's reminder days, or overdue), and reports waiting at a step they approve.
     */
    public List<ReportTask> tasks() {
        CurrentUser user = user();
        LocalDate today = clock.today();
        List<ReportTask> out = new ArrayList<>();
        List<ReportFormView> all = forms();
        if (user.unitId() != null && user.role().isOfficer()) {
            for (ReportFormView form : all) {
                if (!form.active() || !form.assigned(user.unitId())) {
                    continue;
                }
                ReportFormView.FormUnit unit = form.units().stream()
                        .filter(u -> u.id() == user.unitId())
                        .findFirst()
                        .orElseThrow();
                Period p = form.latestBegun(today);
                for (Period period : List.of(p.previous(), p)) {
                    StoredReport r =
                            reports.find(form.id(), unit.id(), period.id()).orElse(null);
                    if (r != null && r.status().sent()) {
                        continue;
                    }
                    out.add(task(ReportTask.Kind.SEND, form, unit, period, form.deadline(period), today, null));
                }
            }
        }
        for (StoredReport r : reports.submitted(200)) {
            ReportFormView form =
                    all.stream().filter(f -> f.id() == r.formId()).findFirst().orElse(null);
            if (form == null || !ReportWorkflow.mayApprove(user, form, r.unitId(), r.step(), r.submittedBy())) {
                continue;
            }
            if (user.role() == vn.toancanh.identity.Role.LEADER || user.isAdmin()) {
                // leaders may approve any step; their list shows the last steps, where the district office decides
                if (r.step() + 1 < form.steps().size()) {
                    continue;
                }
            }
            form.units().stream()
                    .filter(u -> u.id() == r.unitId())
                    .findFirst()
                    .ifPresent(u -> out.add(task(
                            ReportTask.Kind.APPROVE,
                            form,
                            u,
                            Period.require(r.period(), "period"),
                            r.deadline(),
                            today,
                            r.submittedAt())));
        }
        out.sort(java.util.Comparator.comparing(ReportTask::kind).thenComparing(ReportTask::deadline));
        return out;
    }

    private static ReportTask task(
            ReportTask.Kind kind,
            ReportFormView form,
            ReportFormView.FormUnit unit,
            Period period,
            LocalDate deadline,
            LocalDate today,
            @Nullable Instant submittedAt) {
        long left = java.time.temporal.ChronoUnit.DAYS.between(today, deadline);
        int remindFrom =
                form.reminderDays().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new ReportTask(
                kind,
                form.code(),
                form.name(),
                unit.code(),
                unit.name(),
                period.id(),
                period.labelVi(),
                deadline,
                left,
                kind == ReportTask.Kind.SEND && left <= remindFrom,
                submittedAt);
    }

    /** The report's values far outside their series' usual range: warnings to check before sending. */
    public List<UnusualValue> unusual(String formCode, String unitCode, String periodId) {
        ReportFormView form = form(formCode);
        ReportFormView.FormUnit unit = unit(form, unitCode);
        return outliers.of(form, unit.code(), form.period(periodId).id());
    }

    /** The validation rules the unit's values for the period break. */
    public List<Violation> violations(String formCode, String unitCode, String periodId) {
        ReportFormView form = form(formCode);
        ReportFormView.FormUnit unit = unit(form, unitCode);
        return rules.check(form, List.of(unit.code()), form.period(periodId));
    }

    private void checkRules(Target t, @Nullable String comment) {
        List<Violation> broken = rules.check(t.form(), List.of(t.unit().code()), t.period());
        List<FieldProblem> problems = new ArrayList<>();
        broken.stream().filter(Violation::error).forEach(v -> problems.add(new FieldProblem("rules", v.message())));
        if (problems.isEmpty() && comment == null && !broken.isEmpty()) {
            problems.add(new FieldProblem(
                    "comment",
                    "Ghi chú giải trình cảnh báo trước khi gửi: "
                            + String.join(
                                    "; ",
                                    broken.stream().map(Violation::message).toList())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private record Target(ReportFormView form, ReportFormView.FormUnit unit, Period period) {}

    private Target target(String formCode, String unitCode, String periodId) {
        ReportFormView form = form(formCode);
        if (!form.active()) {
            throw new ConflictException("form", "Biểu mẫu " + formCode + " đã ngừng sử dụng");
        }
        Period period = form.period(periodId);
        if (form.dataFrom(period).isAfter(clock.today())) {
            throw InvalidInputException.of("period", "Kỳ " + period.labelVi() + " chưa bắt đầu");
        }
        return new Target(form, unit(form, unitCode), period);
    }

    /** The report row, created as a DRAFT of the form's current version when not started; locked for update. */
    private StoredReport current(Target t) {
        return reports.findForUpdate(t.form().id(), t.unit().id(), t.period().id())
                .orElseGet(() -> {
                    StoredReport created = reports.createDraft(
                            t.form().id(),
                            t.form().versionId(),
                            t.unit().id(),
                            t.period().id(),
                            t.form().deadline(t.period()));
                    reports.addEvent(
                            created.id(),
                            "SAVE",
                            ReportStatus.NOT_STARTED,
                            ReportStatus.DRAFT,
                            0,
                            user().username(),
                            null);
                    audit.record("CREATE", "report", key(t), "Bắt đầu báo cáo");
                    return created;
                });
    }

    private StoredReport existing(Target t) {
        return reports.findForUpdate(t.form().id(), t.unit().id(), t.period().id())
                .orElseThrow(() -> new ConflictException("status", "Báo cáo chưa được gửi"));
    }

    private void move(Target t, StoredReport from, StoredReport to, String action, @Nullable String comment) {
        StoredReport stored = to;
        if (to.status().editable()) {
            // still in the unit's hands: it follows the form's current version and deadline
            stored = new StoredReport(
                    to.id(),
                    to.formId(),
                    t.form().versionId(),
                    to.unitId(),
                    to.period(),
                    to.status(),
                    to.step(),
                    t.form().deadline(t.period()),
                    to.submittedAt(),
                    to.submittedBy(),
                    to.approvedAt(),
                    to.approvedBy(),
                    to.returnedReason());
        }
        reports.update(stored);
        reports.addEvent(from.id(), action, from.status(), to.status(), from.step(), user().username(), comment);
        audit.record(
                action,
                "report",
                key(t),
                from.status() + " → " + to.status() + (comment == null ? "" : ": " + comment));
    }

    private ReportView view(
            ReportFormView form,
            ReportFormView.FormUnit unit,
            Period period,
            @Nullable StoredReport r,
            boolean withHistory) {
        ReportStatus status = r == null ? ReportStatus.NOT_STARTED : r.status();
        int step = r == null ? 0 : r.step();
        String stepTitle =
                status == ReportStatus.SUBMITTED && step < form.steps().size()
                        ? form.steps().get(step).title()
                        : null;
        int version = form.version();
        if (r != null && r.versionId() != form.versionId()) {
            version = forms.findVersion(r.versionId())
                    .map(ReportFormRepository.StoredForm::version)
                    .orElse(version);
        }
        Instant submitted = r == null ? null : r.submittedAt();
        var deadline = r == null ? form.deadline(period) : r.deadline();
        return new ReportView(
                r == null ? 0 : r.id(),
                form.code(),
                version,
                unit.id(),
                unit.code(),
                unit.name(),
                period.id(),
                period.labelVi(),
                status,
                step,
                stepTitle,
                deadline,
                submitted,
                r == null ? null : r.submittedBy(),
                r == null ? null : r.approvedAt(),
                r == null ? null : r.approvedBy(),
                r == null ? null : r.returnedReason(),
                submitted == null || !status.sent() ? null : ReportWorkflow.onTime(submitted, deadline),
                r == null || !withHistory ? List.of() : reports.history(r.id()));
    }

    private static ReportFormView.FormUnit unit(ReportFormView form, String unitCode) {
        return form.units().stream()
                .filter(u -> u.code().equals(unitCode))
                .findFirst()
                .orElseThrow(
                        () -> new NotFoundException("Đơn vị " + unitCode + " không phải gửi báo cáo " + form.code()));
    }

    private static String key(Target t) {
        return t.form().code() + "/" + t.unit().code() + "/" + t.period().id();
    }

    private void requireAdmin() {
        if (!user().isAdmin()) {
            throw new AccessDeniedException("Chỉ quản trị được sửa biểu mẫu báo cáo");
        }
    }

    private CurrentUser user() {
        return identity.currentUserOrSystem();
    }
}
