package vn.toancanh.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.dashboard.internal.DashboardProperties;
import vn.toancanh.dashboard.internal.DashboardRepository;
import vn.toancanh.dashboard.internal.DashboardValidator;
import vn.toancanh.dashboard.internal.DashboardValidator.Checked;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.NotFoundException;

/**
 * The dashboards the current user may see and compose. A USER dashboard someone may not see answers "not found",
 * so its existence does not leak; one they see but may not change answers "forbidden".
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    public static final String HOME = "HOME";

    private final DashboardRepository dashboards;
    private final DashboardValidator validator;
    private final IdentityService identity;
    private final AuditService audit;
    private final DashboardProperties properties;

    DashboardService(
            DashboardRepository dashboards,
            DashboardValidator validator,
            IdentityService identity,
            AuditService audit,
            DashboardProperties properties) {
        this.properties = properties;
        this.dashboards = dashboards;
        this.validator = validator;
        this.identity = identity;
        this.audit = audit;
    }

    /** Home, the domain dashboards, then the user's own and those shared with them. */
    public List<DashboardView> visible() {
        return dashboards.visibleTo(user());
    }

    public DashboardView get(String code) {
        return find(code).orElseThrow(() -> NotFoundException.of("bảng điều hành", code));
    }

    public Optional<DashboardView> find(String code) {
        return dashboards.findByCode(code).filter(d -> d.visibleTo(user()));
    }

    /** The unit code a widget shows: its own, or the district when it names none. */
    public String unitOf(WidgetView widget) {
        return widget.ou().isEmpty() ? properties.district() : widget.ou();
    }

    /** The dashboards a wall rotates through: those named, in that order, or else those marked for the wall. */
    public List<DashboardView> wall(List<String> codes) {
        List<DashboardView> all = visible();
        if (codes.isEmpty()) {
            return all.stream().filter(DashboardView::onWall).toList();
        }
        List<DashboardView> chosen = new ArrayList<>();
        for (String code : codes) {
            all.stream().filter(d -> d.code().equals(code)).findFirst().ifPresent(chosen::add);
        }
        return chosen;
    }

    /** A new USER dashboard owned by the current user. */
    @Transactional
    public DashboardView create(DashboardInput input) {
        CurrentUser user = user();
        Checked c = validator.check(input, false);
        DashboardView draft = new DashboardView(
                0,
                "NEW-" + user.id() + "-" + System.nanoTime(),
                c.title(),
                c.titleEn(),
                DashboardKind.USER,
                null,
                user.id(),
                c.sharedRoles(),
                c.sharedUnitIds(),
                c.rotationSeconds(),
                c.onWall(),
                0,
                Instant.now(),
                c.widgets());
        long id = dashboards.insertIfAbsent(draft).orElseThrow();
        String code = "U" + id;
        dashboards.setCode(id, code);
        dashboards.replaceWidgets(id, c.widgets());
        audit.record("CREATE", "dashboard", code, c.title() + " (" + c.widgets().size() + " biểu đồ)");
        return get(code);
    }

    @Transactional
    public DashboardView update(String code, DashboardInput input) {
        DashboardView existing = editable(code);
        Checked c = validator.check(input, existing.kind() != DashboardKind.USER);
        dashboards.update(new DashboardView(
                existing.id(),
                existing.code(),
                c.title(),
                c.titleEn(),
                existing.kind(),
                existing.domainCode(),
                existing.ownerId(),
                existing.kind() == DashboardKind.USER ? c.sharedRoles() : existing.sharedRoles(),
                existing.kind() == DashboardKind.USER ? c.sharedUnitIds() : existing.sharedUnitIds(),
                c.rotationSeconds(),
                c.onWall(),
                existing.sortOrder(),
                Instant.now(),
                c.widgets()));
        dashboards.replaceWidgets(existing.id(), c.widgets());
        audit.record("UPDATE", "dashboard", code, c.title() + " (" + c.widgets().size() + " biểu đồ)");
        return get(code);
    }

    /** Deletes a USER dashboard; the home and domain dashboards stay (409). */
    @Transactional
    public void delete(String code) {
        DashboardView existing = editable(code);
        if (existing.kind() != DashboardKind.USER) {
            throw new ConflictException("code", "Không xóa được bảng điều hành mặc định");
        }
        dashboards.delete(existing.id());
        audit.record("DELETE", "dashboard", code, existing.title());
    }

    private DashboardView editable(String code) {
        DashboardView existing = get(code);
        if (!existing.editableBy(user())) {
            throw new AccessDeniedException("Chỉ người tạo được sửa bảng điều hành này");
        }
        return existing;
    }

    private CurrentUser user() {
        return identity.currentUserOrSystem();
    }
}
