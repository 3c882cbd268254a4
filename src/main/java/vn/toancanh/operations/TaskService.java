package vn.toancanh.operations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.operations.internal.MonthIds;
import vn.toancanh.operations.internal.TaskRepository;
import vn.toancanh.operations.internal.UnitScopes;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/**
 * Tasks assigned to the district's units: imported from the e-office system idempotently by code (all rows or none,
 * each mistake named), their progress reported by the lead unit (percentage, text, an attachment) until done with a
 * result; status derived from the deadline. Leaders and admins see every task; a unit sees the tasks it leads or
 * supports. Admins import; officers of the lead unit report.
 */
@Service
@Transactional(readOnly = true)
public class TaskService {

    public static final int MAX_ROWS = 5_000;
    /** An attachment to a progress report is at most this large. */
    public static final int MAX_ATTACHMENT = 10 * 1024 * 1024;

    private static final Set<String> PRIORITIES = Set.of("NORMAL", "HIGH", "URGENT");
    private static final Set<String> ATTACHMENT_TYPES = Set.of(
            "application/pdf",
            "image/png",
            "image/jpeg",
            "application/vnd.openxmlformats-officedocument" + ".wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final TaskRepository tasks;
    private final UnitScopes scopes;
    private final OrganisationService organisation;
    private final IdentityService identity;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    TaskService(
            TaskRepository tasks,
            UnitScopes scopes,
            OrganisationService organisation,
            IdentityService identity,
            AuditService audit,
            ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.scopes = scopes;
        this.organisation = organisation;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
    }

    /** Imports tasks; the same tasks again change nothing; a changed one is updated, its progress kept. */
    @Transactional
    public ImportResult importTasks(List<TaskInput> rows) {
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw InvalidInputException.of("rows", "Mỗi lần nhập từ 1 đến " + MAX_ROWS + " nhiệm vụ");
        }
        CurrentUser user = identity.currentUserOrSystem();
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Chỉ quản trị viên (hoặc hệ thống quản lý văn bản) nhập nhiệm vụ");
        }
        Set<String> codes = new LinkedHashSet<>();
        rows.forEach(r -> {
            if (r.leadUnit() != null) {
                codes.add(r.leadUnit().strip());
            }
            if (r.supportUnits() != null) {
                r.supportUnits().forEach(s -> codes.add(s.strip()));
            }
        });
        Map<String, UnitView> units = organisation.findByCodes(codes);
        List<FieldProblem> problems = new ArrayList<>();
        List<TaskRepository.Stored> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            TaskRepository.Stored t = check(i + 1, rows.get(i), units, problems);
            if (t != null && !seen.add(t.code())) {
                problems.add(new FieldProblem("rows[" + (i + 1) + "].code", "Mã " + t.code() + " có hai lần"));
            }
            checked.add(t);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, TaskRepository.Stored> existing = tasks.findByCodes(
                checked.stream().map(TaskRepository.Stored::code).toList());
        Map<Long, Set<String>> months = new HashMap<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (TaskRepository.Stored t : checked) {
            TaskRepository.Stored old = existing.get(t.code());
            if (old == null) {
                tasks.insert(t, user.username());
                created++;
            } else if (old.sameAs(t)) {
                unchanged++;
                continue;
            } else {
                tasks.updateDefinition(old.id(), t, user.username());
                touch(months, old);
                updated++;
            }
            touch(months, t);
        }
        if (!months.isEmpty()) {
            events.publishEvent(new TasksChanged(months));
        }
        audit.record(
                "IMPORT",
                "assigned_task",
                null,
                rows.size() + " nhiệm vụ: " + created + " mới, " + updated + " cập nhật");
        return new ImportResult(rows.size(), created, updated, unchanged, 0);
    }

    /** A page of the tasks the user may see, of {@code unitCode}'s subtree, by deadline. */
    public PageResult<TaskView> list(PageQuery query, @Nullable String unitCode, @Nullable TaskStatus status) {
        LocalDate today = OrganisationService.today();
        PageResult<TaskRepository.Stored> page = tasks.page(query, scopes.readable(unitCode), status, today);
        Set<Long> ids = new HashSet<>();
        page.items().forEach(t -> {
            ids.add(t.leadUnitId());
            ids.addAll(t.supportUnitIds());
        });
        Map<Long, UnitView> names = organisation.findByIds(ids);
        return page.map(t -> view(t, names, today, List.of()));
    }

    public TaskView get(String code) {
        TaskRepository.Stored t = readableTask(code);
        Set<Long> ids = new HashSet<>(t.supportUnitIds());
        ids.add(t.leadUnitId());
        return view(t, organisation.findByIds(ids), OrganisationService.today(), tasks.updates(t.id()));
    }

    /**
     * The lead unit reports progress: 0–100 %, what was done (required), an optional attachment (PDF, image, Word or
     * Excel, ≤ 10 MB); at 100 % the task is done today with its result. A done task takes no more reports.
     */
    @Transactional
    public TaskView report(
            String code,
            TaskProgressInput input,
            @Nullable String attachmentName,
            @Nullable String attachmentType,
            byte @Nullable [] attachment) {
        TaskRepository.Stored t = readableTask(code);
        CurrentUser user = identity.currentUserOrSystem();
        if (!mayReport(user, t)) {
            throw new AccessDeniedException("Chỉ cán bộ của đơn vị chủ trì báo cáo tiến độ");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (t.completedOn() != null) {
            problems.add(new FieldProblem("progress", "Nhiệm vụ đã hoàn thành"));
        }
        Integer progress = input.progress();
        if (progress == null || progress < 0 || progress > 100) {
            problems.add(new FieldProblem("progress", "Tiến độ từ 0 đến 100 (%)"));
        } else if (progress < t.progress()) {
            problems.add(
                    new FieldProblem("progress", "Tiến độ không thấp hơn lần báo cáo trước (" + t.progress() + "%)"));
        }
        String note = input.note() == null ? "" : input.note().strip();
        if (note.isEmpty()) {
            problems.add(new FieldProblem("note", "Cần nêu kết quả thực hiện"));
        } else if (note.length() > 4000) {
            problems.add(new FieldProblem("note", "Nội dung tối đa 4.000 ký tự"));
        }
        String result = input.result() == null || input.result().isBlank()
                ? null
                : input.result().strip();
        if (progress != null && progress == 100 && result == null) {
            problems.add(new FieldProblem("result", "Nhiệm vụ hoàn thành cần kết quả (ví dụ số văn bản báo cáo)"));
        }
        boolean hasFile = attachment != null && attachment.length > 0;
        if (hasFile && attachment.length > MAX_ATTACHMENT) {
            problems.add(new FieldProblem("attachment", "Tệp đính kèm tối đa 10 MB"));
        } else if (hasFile && (attachmentType == null || !ATTACHMENT_TYPES.contains(attachmentType))) {
            problems.add(new FieldProblem("attachment", "Tệp đính kèm là PDF, ảnh PNG/JPEG, Word hoặc Excel"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate done = progress == 100 ? OrganisationService.today() : null;
        tasks.report(
                t.id(),
                progress,
                note,
                done,
                result,
                hasFile ? safeName(attachmentName) : null,
                hasFile ? attachmentType : null,
                hasFile ? attachment : null,
                user.username());
        audit.record(
                "UPDATE",
                "assigned_task",
                t.code(),
                "Tiến độ " + progress + "%" + (done != null ? ", hoàn thành" : ""));
        if (done != null) {
            Map<Long, Set<String>> months = new HashMap<>();
            touch(months, t);
            months.computeIfAbsent(t.leadUnitId(), u -> new HashSet<>())
                    .add(Period.of(PeriodType.MONTHLY, done).id());
            events.publishEvent(new TasksChanged(months));
        }
        return get(code);
    }

    /** A progress report's attachment, for those who see the task. */
    public TaskRepository.Attachment attachment(String code, long updateId) {
        TaskRepository.Stored t = readableTask(code);
        return tasks.attachment(t.id(), updateId)
                .orElseThrow(() -> NotFoundException.of("tệp đính kèm", String.valueOf(updateId)));
    }

    private TaskRepository.@Nullable Stored check(
            int row, TaskInput in, Map<String, UnitView> units, List<FieldProblem> problems) {
        int before = problems.size();
        String f = "rows[" + row + "].";
        String code = strip(in.code());
        if (code == null || code.length() > 60 || !code.matches("[A-Za-z0-9._-]+")) {
            problems.add(new FieldProblem(f + "code", "Mã nhiệm vụ gồm tối đa 60 chữ không dấu, số, '.', '-', '_'"));
        }
        String title = strip(in.title());
        if (title == null || title.length() > 500) {
            problems.add(new FieldProblem(f + "title", "Cần tên nhiệm vụ (tối đa 500 ký tự)"));
        }
        String issuer = strip(in.issuer());
        if (issuer == null || issuer.length() > 200) {
            problems.add(new FieldProblem(f + "issuer", "Cần cơ quan giao nhiệm vụ (tối đa 200 ký tự)"));
        }
        UnitView lead = in.leadUnit() == null ? null : units.get(in.leadUnit().strip());
        if (lead == null) {
            problems.add(new FieldProblem(f + "leadUnit", "Không có đơn vị chủ trì mã " + in.leadUnit()));
        }
        List<Long> support = new ArrayList<>();
        for (String s : in.supportUnits() == null ? List.<String>of() : in.supportUnits()) {
            UnitView u = units.get(s.strip());
            if (u == null) {
                problems.add(new FieldProblem(f + "supportUnits", "Không có đơn vị phối hợp mã " + s));
            } else if (lead != null && u.id() == lead.id()) {
                problems.add(new FieldProblem(f + "supportUnits", "Đơn vị chủ trì không đồng thời là đơn vị phối hợp"));
            } else if (!support.contains(u.id())) {
                support.add(u.id());
            }
        }
        if (in.deadline() == null) {
            problems.add(new FieldProblem(f + "deadline", "Cần hạn hoàn thành"));
        } else if (in.sourceDate() != null && in.deadline().isBefore(in.sourceDate())) {
            problems.add(new FieldProblem(f + "deadline", "Hạn hoàn thành trước ngày văn bản giao"));
        }
        String priority =
                in.priority() == null ? "NORMAL" : in.priority().strip().toUpperCase(java.util.Locale.ROOT);
        if (!PRIORITIES.contains(priority)) {
            problems.add(new FieldProblem(f + "priority", "Mức ưu tiên là NORMAL, HIGH hoặc URGENT"));
        }
        if (in.completedOn() != null && strip(in.result()) == null) {
            problems.add(new FieldProblem(f + "result", "Nhiệm vụ đã hoàn thành cần kết quả"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new TaskRepository.Stored(
                0,
                code,
                title,
                strip(in.sourceNumber()),
                in.sourceDate(),
                issuer,
                strip(in.assignedBy()),
                lead.id(),
                support,
                in.deadline(),
                priority,
                in.completedOn() != null ? 100 : 0,
                in.completedOn(),
                strip(in.result()));
    }

    /**
     * The months whose figures a task counts in: its deadline's, its completion's, and — overdue at each month's end
     * from the deadline to its completion (or today) — the ones between.
     */
    private static void touch(Map<Long, Set<String>> months, TaskRepository.Stored t) {
        LocalDate end = t.completedOn() != null ? t.completedOn() : OrganisationService.today();
        LocalDate from = end.isBefore(t.deadline()) ? end : t.deadline();
        LocalDate to = end.isBefore(t.deadline()) ? t.deadline() : end;
        months.computeIfAbsent(t.leadUnitId(), u -> new HashSet<>()).addAll(MonthIds.between(from, to, 36));
    }

    private TaskRepository.Stored readableTask(String code) {
        TaskRepository.Stored t = tasks.find(code).orElseThrow(() -> NotFoundException.of("nhiệm vụ", code));
        CurrentUser user = identity.currentUserOrSystem();
        if (user.readsAll()) {
            return t;
        }
        List<Long> mine = user.unitId() == null
                ? List.of()
                : organisation.subtree(user.unitId()).stream().map(UnitView::id).toList();
        if (mine.contains(t.leadUnitId()) || t.supportUnitIds().stream().anyMatch(mine::contains)) {
            return t;
        }
        throw NotFoundException.of("nhiệm vụ", code);
    }

    private boolean mayReport(CurrentUser user, TaskRepository.Stored t) {
        return user.isAdmin()
                || (user.role().isOfficer()
                        && user.unitId() != null
                        && organisation.isWithin(t.leadUnitId(), user.unitId()));
    }

    private TaskView view(
            TaskRepository.Stored t, Map<Long, UnitView> units, LocalDate today, List<TaskView.Update> updates) {
        UnitView lead = units.get(t.leadUnitId());
        return new TaskView(
                t.code(),
                t.title(),
                t.sourceNumber(),
                t.sourceDate(),
                t.issuer(),
                t.assignedBy(),
                lead == null ? "" : lead.code(),
                lead == null ? "" : lead.name(),
                t.supportUnitIds().stream()
                        .map(units::get)
                        .filter(u -> u != null)
                        .map(UnitView::name)
                        .toList(),
                t.deadline(),
                t.priority(),
                t.progress(),
                t.completedOn(),
                t.result(),
                TaskStatus.of(t.deadline(), t.completedOn(), today),
                t.completedOn() == null && mayReport(identity.currentUserOrSystem(), t),
                updates);
    }

    private static @Nullable String strip(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A file name without a path, shortened, for the download header. */
    private static String safeName(@Nullable String name) {
        String n = name == null || name.isBlank() ? "dinh-kem" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}
