package vn.toancanh.operations.internal;

import static vn.toancanh.operations.internal.RowChecks.required;
import static vn.toancanh.operations.internal.RowChecks.strip;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.toancanh.operations.DossierChannel;
import vn.toancanh.operations.DossierInput;
import vn.toancanh.operations.DossierStatus;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.FieldProblem;

/**
 * Checks one imported row, naming each mistake as {@code rows[n].field} in Vietnamese: required fields, known
 * values, the unit and the writer's right to it, dates in order, a result date exactly when there is a result.
 */
final class DossierRowChecker {

    private static final Set<String> APPLICANTS = Set.of("CITIZEN", "ORGANISATION", "BUSINESS");

    private final RowChecks.Units units;

    DossierRowChecker(RowChecks.Units units) {
        this.units = units;
    }

    /** The row as stored (id 0), or null when it has a mistake (added to {@code problems}). */
    DossierRepository.@Nullable Stored check(int row, DossierInput in, List<FieldProblem> problems) {
        int before = problems.size();
        String f = "rows[" + row + "].";
        String code = RowChecks.code(in.code(), f + "code", "hồ sơ", problems);
        String name = required(in.procedureName(), 500, f + "procedureName", "tên thủ tục", problems);
        String sector = strip(in.sector());
        if (sector == null) {
            problems.add(new FieldProblem(f + "sector", "Cần lĩnh vực của thủ tục"));
        } else if (sector.length() > 200) {
            problems.add(new FieldProblem(f + "sector", "Lĩnh vực tối đa 200 ký tự"));
        }
        UnitView unit = units.check(in.unit(), f + "unit", "Cần mã đơn vị tiếp nhận", "hồ sơ", problems);
        DossierChannel channel = RowChecks.oneOf(
                DossierChannel.class,
                in.channel(),
                f + "channel",
                "Kênh tiếp nhận là DIRECT, ONLINE_PARTIAL hoặc ONLINE_FULL",
                problems);
        DossierStatus status = RowChecks.oneOf(
                DossierStatus.class,
                in.status(),
                f + "status",
                "Trạng thái là RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, RESOLVED, RETURNED hoặc WITHDRAWN",
                problems);
        String kind = strip(in.applicantKind()) == null
                ? "CITIZEN"
                : in.applicantKind().strip();
        if (!APPLICANTS.contains(kind)) {
            problems.add(new FieldProblem(f + "applicantKind", "Người nộp là CITIZEN, ORGANISATION hoặc BUSINESS"));
        }
        String applicant = strip(in.applicantName());
        if (applicant != null && applicant.length() > 200) {
            problems.add(new FieldProblem(f + "applicantName", "Tên người nộp tối đa 200 ký tự"));
        }
        Instant received = instant(in.receivedAt());
        Instant due = instant(in.dueAt());
        Instant completed = instant(in.completedAt());
        Instant returned = instant(in.returnedAt());
        if (received == null) {
            problems.add(new FieldProblem(f + "receivedAt", "Cần ngày giờ tiếp nhận"));
        }
        if (due == null) {
            problems.add(new FieldProblem(f + "dueAt", "Cần ngày hẹn trả"));
        } else if (received != null && due.isBefore(received)) {
            problems.add(new FieldProblem(f + "dueAt", "Ngày hẹn trả trước ngày tiếp nhận"));
        }
        if (status != null) {
            boolean done = status == DossierStatus.RESOLVED || status == DossierStatus.RETURNED;
            if (done && completed == null) {
                problems.add(new FieldProblem(f + "completedAt", "Hồ sơ đã có kết quả cần ngày có kết quả"));
            } else if (!done && status != DossierStatus.WITHDRAWN && completed != null) {
                problems.add(new FieldProblem(f + "completedAt", "Hồ sơ chưa có kết quả không có ngày có kết quả"));
            }
            if (status == DossierStatus.RETURNED && returned == null) {
                problems.add(new FieldProblem(f + "returnedAt", "Hồ sơ đã trả kết quả cần ngày trả"));
            }
        }
        if (completed != null && received != null && completed.isBefore(received)) {
            problems.add(new FieldProblem(f + "completedAt", "Ngày có kết quả trước ngày tiếp nhận"));
        }
        if (returned != null && completed != null && returned.isBefore(completed)) {
            problems.add(new FieldProblem(f + "returnedAt", "Ngày trả kết quả trước ngày có kết quả"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new DossierRepository.Stored(
                0,
                code,
                strip(in.procedureCode()),
                name,
                sector,
                unit.id(),
                channel,
                status,
                received,
                due,
                completed,
                returned,
                Boolean.TRUE.equals(in.feePaidOnline()),
                kind,
                applicant);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
