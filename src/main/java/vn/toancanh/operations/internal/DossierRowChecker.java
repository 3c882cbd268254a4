package vn.toancanh.operations.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{3,60}");
    private static final Set<String> APPLICANTS = Set.of("CITIZEN", "ORGANISATION", "BUSINESS");

    private final Map<String, UnitView> units;
    private final java.util.function.Predicate<UnitView> mayWrite;

    DossierRowChecker(Map<String, UnitView> units, java.util.function.Predicate<UnitView> mayWrite) {
        this.units = units;
        this.mayWrite = mayWrite;
    }

    /** The row as stored (id 0), or null when it has a mistake (added to {@code problems}). */
    DossierRepository.@Nullable Stored check(int row, DossierInput in, List<FieldProblem> problems) {
        int before = problems.size();
        String f = "rows[" + row + "].";
        String code = strip(in.code());
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem(f + "code", "Mã hồ sơ gồm 3–60 chữ không dấu, số, '.', '-' hoặc '_'"));
        }
        String name = strip(in.procedureName());
        if (name == null) {
            problems.add(new FieldProblem(f + "procedureName", "Cần tên thủ tục"));
        } else if (name.length() > 500) {
            problems.add(new FieldProblem(f + "procedureName", "Tên thủ tục tối đa 500 ký tự"));
        }
        String sector = strip(in.sector());
        if (sector == null) {
            problems.add(new FieldProblem(f + "sector", "Cần lĩnh vực của thủ tục"));
        } else if (sector.length() > 200) {
            problems.add(new FieldProblem(f + "sector", "Lĩnh vực tối đa 200 ký tự"));
        }
        UnitView unit = null;
        String unitCode = strip(in.unit());
        if (unitCode == null) {
            problems.add(new FieldProblem(f + "unit", "Cần mã đơn vị tiếp nhận"));
        } else if ((unit = units.get(unitCode)) == null) {
            problems.add(new FieldProblem(f + "unit", "Không có đơn vị mã " + unitCode));
        } else if (!mayWrite.test(unit)) {
            problems.add(new FieldProblem(f + "unit", "Bạn không được nhập hồ sơ của " + unit.name()));
        }
        DossierChannel channel = parse(DossierChannel.class, in.channel());
        if (channel == null) {
            problems.add(new FieldProblem(f + "channel", "Kênh tiếp nhận là DIRECT, ONLINE_PARTIAL hoặc ONLINE_FULL"));
        }
        DossierStatus status = parse(DossierStatus.class, in.status());
        if (status == null) {
            problems.add(new FieldProblem(
                    f + "status",
                    "Trạng thái là RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, RESOLVED, RETURNED hoặc WITHDRAWN"));
        }
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

    private static @Nullable String strip(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
