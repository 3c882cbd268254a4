package vn.toancanh.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.Role;
import vn.toancanh.reporting.ReportFormView;
import vn.toancanh.reporting.ReportStatus;
import vn.toancanh.reporting.internal.ReportRepository.StoredReport;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.InvalidInputException;

/**
 * Who may move a report on, and to where: the reporting unit's officers fill and submit it; at each approval step the
 * step's unit (or, for a step without one, the reporting unit), leaders and admins approve or return it, but nobody
 * approves what they submitted themselves; leaders and admins reopen an approved report. The moves return the new
 * state; the caller stores it with its event.
 */
public final class ReportWorkflow {

    private ReportWorkflow() {}

    /** The unit's own officers, or an admin. */
    public static boolean mayFill(CurrentUser user, long unitId) {
        return user.isAdmin() || (user.role().isOfficer() && user.unitId() != null && user.unitId() == unitId);
    }

    public static void checkFills(CurrentUser user, long unitId) {
        if (!mayFill(user, unitId)) {
            throw new AccessDeniedException("Chỉ cán bộ của đơn vị báo cáo được nhập và gửi báo cáo này");
        }
    }

    /** Approvers of the report's current step who did not submit it themselves. */
    public static boolean mayApprove(
            CurrentUser user, ReportFormView form, long unitId, int step, @Nullable String submittedBy) {
        if (submittedBy != null && submittedBy.equals(user.username())) {
            return false;
        }
        if (user.isAdmin() || user.role() == Role.LEADER) {
            return true;
        }
        ReportFormView.Step at = form.steps().get(Math.min(step, form.steps().size() - 1));
        long approvingUnit = at.unitId() == null ? unitId : at.unitId();
        return user.role().isOfficer() && user.unitId() != null && user.unitId() == approvingUnit;
    }

    public static void checkApproves(CurrentUser user, ReportFormView form, StoredReport report) {
        if (report.submittedBy() != null && report.submittedBy().equals(user.username())) {
            throw new AccessDeniedException("Người gửi báo cáo không tự phê duyệt hoặc trả lại báo cáo của mình");
        }
        if (!mayApprove(user, form, report.unitId(), report.step(), report.submittedBy())) {
            ReportFormView.Step step =
                    form.steps().get(Math.min(report.step(), form.steps().size() - 1));
            throw new AccessDeniedException("Bước \"" + step.title() + "\" do đơn vị khác phê duyệt");
        }
    }

    public static boolean mayReopen(CurrentUser user) {
        return user.isAdmin() || user.role() == Role.LEADER;
    }

    public static StoredReport submit(StoredReport r, String actor, Instant now) {
        if (!r.status().editable()) {
            throw new ConflictException("status", "Báo cáo đã gửi hoặc đã duyệt, không gửi lại được");
        }
        return with(r, ReportStatus.SUBMITTED, 0, now, actor, null, null, null);
    }

    /** The next step, or APPROVED after the last one. */
    public static StoredReport approve(StoredReport r, ReportFormView form, String actor, Instant now) {
        requireSubmitted(r);
        if (r.step() + 1 < form.steps().size()) {
            return with(r, ReportStatus.SUBMITTED, r.step() + 1, r.submittedAt(), r.submittedBy(), null, null, null);
        }
        return with(r, ReportStatus.APPROVED, r.step(), r.submittedAt(), r.submittedBy(), now, actor, null);
    }

    public static StoredReport returnTo(StoredReport r, @Nullable String reason) {
        requireSubmitted(r);
        return with(r, ReportStatus.RETURNED, 0, r.submittedAt(), r.submittedBy(), null, null, reason(reason));
    }

    public static StoredReport reopen(StoredReport r, CurrentUser user, @Nullable String reason) {
        if (!mayReopen(user)) {
            throw new AccessDeniedException("Chỉ lãnh đạo hoặc quản trị được mở lại báo cáo đã duyệt");
        }
        if (r.status() != ReportStatus.APPROVED) {
            throw new ConflictException("status", "Chỉ mở lại được báo cáo đã duyệt");
        }
        return with(r, ReportStatus.RETURNED, 0, r.submittedAt(), r.submittedBy(), null, null, reason(reason));
    }

    /** A RETURNED report the unit edits is a DRAFT again. */
    public static StoredReport edited(StoredReport r) {
        if (!r.status().editable()) {
            throw new ConflictException("status", "Báo cáo đã gửi hoặc đã duyệt: số liệu đã khóa");
        }
        return r.status() == ReportStatus.RETURNED
                ? with(r, ReportStatus.DRAFT, 0, r.submittedAt(), r.submittedBy(), null, null, r.returnedReason())
                : r;
    }

    /** Submitted on or before the deadline day (Vietnam time). */
    public static boolean onTime(Instant submittedAt, LocalDate deadline) {
        return !submittedAt.atZone(ReportClock.ZONE).toLocalDate().isAfter(deadline);
    }

    private static void requireSubmitted(StoredReport r) {
        if (r.status() != ReportStatus.SUBMITTED) {
            throw new ConflictException("status", "Báo cáo không ở trạng thái chờ duyệt");
        }
    }

    private static String reason(@Nullable String reason) {
        String r = reason == null ? "" : reason.trim();
        if (r.isEmpty() || r.length() > 2000) {
            throw InvalidInputException.of("reason", "Nêu lý do (tối đa 2.000 ký tự)");
        }
        return r;
    }

    private static StoredReport with(
            StoredReport r,
            ReportStatus status,
            int step,
            @Nullable Instant submittedAt,
            @Nullable String submittedBy,
            @Nullable Instant approvedAt,
            @Nullable String approvedBy,
            @Nullable String reason) {
        return new StoredReport(
                r.id(),
                r.formId(),
                r.versionId(),
                r.unitId(),
                r.period(),
                status,
                step,
                r.deadline(),
                submittedAt,
                submittedBy,
                approvedAt,
                approvedBy,
                reason);
    }
}
