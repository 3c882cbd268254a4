package vn.toancanh.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.reporting.ReportStatus;
import vn.toancanh.reporting.ReportView;

/** report and report_event: a unit's report for a period and its history. */
@Repository
public class ReportRepository {

    /** A report row as stored. */
    public record StoredReport(
            long id,
            long formId,
            long versionId,
            long unitId,
            String period,
            ReportStatus status,
            int step,
            LocalDate deadline,
            @Nullable Instant submittedAt,
            @Nullable String submittedBy,
            @Nullable Instant approvedAt,
            @Nullable String approvedBy,
            @Nullable String returnedReason) {}

    private static final String COLUMNS = """
            SELECT id, form_id, version_id, unit_id, period, status, step, deadline, submitted_at, submitted_by,
                   approved_at, approved_by, returned_reason FROM report""";

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The report, locked for update: two approvers at once must not both move it on. */
    public Optional<StoredReport> findForUpdate(long formId, long unitId, String period) {
        return jdbc.sql(COLUMNS + " WHERE form_id = :f AND unit_id = :u AND period = :p FOR UPDATE")
                .param("f", formId)
                .param("u", unitId)
                .param("p", period)
                .query(ReportRepository::report)
                .optional();
    }

    public Optional<StoredReport> find(long formId, long unitId, String period) {
        return jdbc.sql(COLUMNS + " WHERE form_id = :f AND unit_id = :u AND period = :p")
                .param("f", formId)
                .param("u", unitId)
                .param("p", period)
                .query(ReportRepository::report)
                .optional();
    }

    /** Every report waiting for approval, oldest submission first (at most {@code limit}). */
    public List<StoredReport> submitted(int limit) {
        return jdbc.sql(COLUMNS + " WHERE status = 'SUBMITTED' ORDER BY submitted_at, id LIMIT :limit")
                .param("limit", limit)
                .query(ReportRepository::report)
                .list();
    }

    /** The reports of a form for a period, by unit. */
    public List<StoredReport> ofPeriod(long formId, String period) {
        return jdbc.sql(COLUMNS + " WHERE form_id = :f AND period = :p")
                .param("f", formId)
                .param("p", period)
                .query(ReportRepository::report)
                .list();
    }

    /** Creates the DRAFT row of a report not started (or finds it, when another request just did). */
    public StoredReport createDraft(long formId, long versionId, long unitId, String period, LocalDate deadline) {
        jdbc.sql("""
                        INSERT INTO report (form_id, version_id, unit_id, period, status, deadline)
                        VALUES (:f, :v, :u, :p, 'DRAFT', :d) ON CONFLICT (form_id, unit_id, period) DO NOTHING""")
                .param("f", formId)
                .param("v", versionId)
                .param("u", unitId)
                .param("p", period)
                .param("d", deadline)
                .update();
        return findForUpdate(formId, unitId, period).orElseThrow();
    }

    /** Writes the report's new state. */
    public void update(StoredReport r) {
        jdbc.sql("""
                        UPDATE report SET version_id = :v, status = :s, step = :step, deadline = :d,
                               submitted_at = :sa, submitted_by = :sb, approved_at = :aa, approved_by = :ab,
                               returned_reason = :reason, updated_at = now()
                         WHERE id = :id""")
                .param("v", r.versionId())
                .param("s", r.status().name())
                .param("step", r.step())
                .param("d", r.deadline())
                .param("sa", r.submittedAt() == null ? null : Timestamp.from(r.submittedAt()))
                .param("sb", r.submittedBy())
                .param("aa", r.approvedAt() == null ? null : Timestamp.from(r.approvedAt()))
                .param("ab", r.approvedBy())
                .param("reason", r.returnedReason())
                .param("id", r.id())
                .update();
    }

    public void addEvent(
            long reportId,
            String action,
            ReportStatus from,
            ReportStatus to,
            int step,
            String actor,
            @Nullable String comment) {
        addEvent(reportId, action, from, to, step, actor, comment, null);
    }

    /** An event at {@code at} (the demo's past events), or now when null. */
    public void addEvent(
            long reportId,
            String action,
            ReportStatus from,
            ReportStatus to,
            int step,
            String actor,
            @Nullable String comment,
            @Nullable Instant at) {
        jdbc.sql("""
                        INSERT INTO report_event (report_id, action, from_status, to_status, step, actor, comment, at)
                        VALUES (:r, :a, :from, :to, :step, :actor, :c, coalesce(:at, now()))""")
                .param("at", at == null ? null : Timestamp.from(at))
                .param("r", reportId)
                .param("a", action)
                .param("from", from.name())
                .param("to", to.name())
                .param("step", step)
                .param("actor", actor)
                .param("c", comment)
                .update();
    }

    public List<ReportView.Event> history(long reportId) {
        return jdbc.sql("""
                        SELECT action, from_status, to_status, step, actor, comment, at FROM report_event
                         WHERE report_id = :r ORDER BY at, id""")
                .param("r", reportId)
                .query((rs, n) -> new ReportView.Event(
                        rs.getString(1),
                        ReportStatus.valueOf(rs.getString(2)),
                        ReportStatus.valueOf(rs.getString(3)),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    private static StoredReport report(ResultSet rs, int row) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        Timestamp approved = rs.getTimestamp("approved_at");
        return new StoredReport(
                rs.getLong("id"),
                rs.getLong("form_id"),
                rs.getLong("version_id"),
                rs.getLong("unit_id"),
                rs.getString("period"),
                ReportStatus.valueOf(rs.getString("status")),
                rs.getInt("step"),
                rs.getObject("deadline", LocalDate.class),
                submitted == null ? null : submitted.toInstant(),
                rs.getString("submitted_by"),
                approved == null ? null : approved.toInstant(),
                rs.getString("approved_by"),
                rs.getString("returned_reason"));
    }
}
