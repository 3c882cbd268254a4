package vn.toancanh.operations.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.operations.TaskStatus;
import vn.toancanh.operations.TaskView;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.VietnameseText;

/** Assigned tasks and their progress reports. */
@Repository
public class TaskRepository {

    private static final String COLUMNS = """
            t.id, t.code, t.title, t.source_number, t.source_date, t.issuer, t.assigned_by, t.lead_unit_id,
            t.support_unit_ids, t.deadline, t.priority, t.progress, t.completed_on, t.result""";
    private static final Map<String, String> SORTS =
            Map.of("deadline", "t.deadline", "code", "t.code", "title", "t.title", "progress", "t.progress");

    /** A task as stored. */
    public record Stored(
            long id,
            String code,
            String title,
            @Nullable String sourceNumber,
            @Nullable LocalDate sourceDate,
            String issuer,
            @Nullable String assignedBy,
            long leadUnitId,
            List<Long> supportUnitIds,
            LocalDate deadline,
            String priority,
            int progress,
            @Nullable LocalDate completedOn,
            @Nullable String result) {

        /** The same definition as {@code other} (what the e-office system sends), progress aside. */
        public boolean sameAs(Stored other) {
            return title.equals(other.title)
                    && java.util.Objects.equals(sourceNumber, other.sourceNumber)
                    && java.util.Objects.equals(sourceDate, other.sourceDate)
                    && issuer.equals(other.issuer)
                    && java.util.Objects.equals(assignedBy, other.assignedBy)
                    && leadUnitId == other.leadUnitId
                    && supportUnitIds.equals(other.supportUnitIds)
                    && deadline.equals(other.deadline)
                    && priority.equals(other.priority)
                    && java.util.Objects.equals(completedOn, other.completedOn)
                    && java.util.Objects.equals(result, other.result);
        }
    }

    /** A lead unit's task figures for one month. */
    public record MonthFigures(long due, long onTime, long late, long overdue) {}

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Stored> findByCodes(List<String> codes) {
        Map<String, Stored> out = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql("SELECT " + COLUMNS + " FROM assigned_task t WHERE t.code = ANY (CAST(:c AS text[]))")
                    .param("c", codes.toArray(String[]::new))
                    .query(TaskRepository::map)
                    .list()
                    .forEach(t -> out.put(t.code(), t));
        }
        return out;
    }

    public Optional<Stored> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assigned_task t WHERE t.code = :c")
                .param("c", code)
                .query(TaskRepository::map)
                .optional();
    }

    public void insert(Stored t, String user) {
        jdbc.sql("""
                INSERT INTO assigned_task (code, title, source_number, source_date, issuer, assigned_by, lead_unit_id,
                                           support_unit_ids, deadline, priority, progress, completed_on, result,
                                           search, updated_by)
                VALUES (:code, :title, :snum, :sdate, :issuer, :by, :lead, CAST(:support AS bigint[]), :deadline,
                        :priority, :progress, :done, :result, :search, :user)""").params(params(t)).param("user", user).update();
    }

    /** Writes what the e-office system sends; progress stays the lead unit's unless the task is now done. */
    public void updateDefinition(long id, Stored t, String user) {
        jdbc.sql("""
                UPDATE assigned_task SET title = :title, source_number = :snum, source_date = :sdate, issuer = :issuer,
                       assigned_by = :by, lead_unit_id = :lead, support_unit_ids = CAST(:support AS bigint[]),
                       deadline = :deadline, priority = :priority,
                       progress = CASE WHEN CAST(:done AS date) IS NOT NULL THEN 100 ELSE progress END,
                       completed_on = COALESCE(CAST(:done AS date), completed_on),
                       result = COALESCE(CAST(:result AS text), result),
                       search = :search, updated_at = now(), updated_by = :user
                WHERE id = :id""").params(params(t)).param("id", id).param("user", user).update();
    }

    /** Records a progress report and sets the task's progress (and completion) from it. */
    public long report(
            long id,
            int progress,
            String note,
            @Nullable LocalDate completedOn,
            @Nullable String result,
            @Nullable String attachmentName,
            @Nullable String attachmentType,
            byte @Nullable [] attachment,
            String user) {
        jdbc.sql("""
                UPDATE assigned_task SET progress = :p, completed_on = CAST(:done AS date),
                       result = COALESCE(CAST(:result AS text), result),
                       updated_at = now(), updated_by = :user
                WHERE id = :id""")
                .param("id", id)
                .param("p", progress)
                .param("done", completedOn == null ? null : Date.valueOf(completedOn))
                .param("result", result)
                .param("user", user)
                .update();
        return jdbc.sql("""
                        INSERT INTO assigned_task_update (task_id, by_user, progress, note, attachment_name,
                                                          attachment_type, attachment)
                        VALUES (:t, :u, :p, :n, :an, :at, :a) RETURNING id""")
                .param("t", id)
                .param("u", user)
                .param("p", progress)
                .param("n", note)
                .param("an", attachmentName)
                .param("at", attachmentType)
                .param("a", attachment)
                .query(Long.class)
                .single();
    }

    public List<TaskView.Update> updates(long taskId) {
        return jdbc.sql("""
                        SELECT id, at, by_user, progress, note, attachment_name FROM assigned_task_update
                        WHERE task_id = :t ORDER BY at, id""")
                .param("t", taskId)
                .query((rs, n) -> new TaskView.Update(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /** An update's attachment: its name, type and bytes. */
    public record Attachment(String name, String type, byte[] content) {}

    public Optional<Attachment> attachment(long taskId, long updateId) {
        return jdbc.sql("""
                        SELECT attachment_name, attachment_type, attachment FROM assigned_task_update
                        WHERE task_id = :t AND id = :u AND attachment IS NOT NULL""")
                .param("t", taskId)
                .param("u", updateId)
                .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /**
     * A page of the tasks led by (or, with {@code supporting}, also supported by) {@code unitIds} (null: all), with a
     * status as of {@code today} and the words of a search in code and title; by deadline unless sorted otherwise.
     */
    public PageResult<Stored> page(
            PageQuery query, @Nullable List<Long> unitIds, @Nullable TaskStatus status, LocalDate today) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> p = new HashMap<>();
        if (unitIds != null) {
            where.append(" AND (t.lead_unit_id = ANY (CAST(:units AS bigint[]))"
                    + " OR t.support_unit_ids && CAST(:units AS bigint[]))");
            p.put("units", unitIds.toArray(Long[]::new));
        }
        if (status != null) {
            where.append(" AND ").append(condition(status));
            p.put("today", Date.valueOf(today));
            p.put("soon", Date.valueOf(today.plusDays(TaskStatus.DUE_SOON_DAYS)));
        }
        String[] words = VietnameseText.fold(query.search()).split(" ");
        for (int i = 0; i < words.length && i < 8; i++) {
            if (!words[i].isEmpty()) {
                where.append(" AND t.search LIKE :q").append(i);
                p.put("q" + i, VietnameseText.containsPattern(words[i]));
            }
        }
        long total = jdbc.sql("SELECT count(*) FROM assigned_task t" + where)
                .params(p)
                .query(Long.class)
                .single();
        // by default the open tasks first, the nearest deadline first
        String order = query.sort().isEmpty()
                ? "(t.completed_on IS NULL) DESC, t.deadline ASC"
                : SORTS.getOrDefault(query.sort(), "t.deadline") + (query.descending() ? " DESC" : " ASC");
        List<Stored> items = new ArrayList<>(jdbc.sql("SELECT " + COLUMNS + " FROM assigned_task t" + where
                        + " ORDER BY " + order + ", t.id LIMIT :limit OFFSET :offset")
                .params(p)
                .param("limit", query.pageSize())
                .param("offset", query.offset())
                .query(TaskRepository::map)
                .list());
        return new PageResult<>(items, query.page(), query.pageSize(), total);
    }

    /** The condition for a status, as {@link TaskStatus#of} decides it. */
    private static String condition(TaskStatus status) {
        return switch (status) {
            case DONE_ON_TIME -> "(t.completed_on IS NOT NULL AND t.completed_on <= t.deadline)";
            case DONE_LATE -> "(t.completed_on IS NOT NULL AND t.completed_on > t.deadline)";
            case OVERDUE -> "(t.completed_on IS NULL AND t.deadline < :today)";
            case DUE_SOON -> "(t.completed_on IS NULL AND t.deadline >= :today AND t.deadline < :soon)";
            case IN_PROGRESS -> "(t.completed_on IS NULL AND t.deadline >= :soon)";
        };
    }

    /**
     * A lead unit's figures for the month [{@code start}, {@code end}]: tasks due in it, done in it on or before their
     * deadline or after it, and open past their deadline at its end ({@code asOf}: the month's end or today).
     */
    public MonthFigures month(long unitId, LocalDate start, LocalDate end, LocalDate asOf) {
        return jdbc.sql("""
                        SELECT
                          count(*) FILTER (WHERE t.deadline BETWEEN :start AND :end),
                          count(*) FILTER (WHERE t.completed_on BETWEEN :start AND :end
                                             AND t.completed_on <= t.deadline),
                          count(*) FILTER (WHERE t.completed_on BETWEEN :start AND :end
                                             AND t.completed_on > t.deadline),
                          count(*) FILTER (WHERE t.deadline < :asof AND (t.completed_on IS NULL OR t.completed_on > :asof))
                        FROM assigned_task t WHERE t.lead_unit_id = :unit""")
                .param("unit", unitId)
                .param("start", Date.valueOf(start))
                .param("end", Date.valueOf(end))
                .param("asof", Date.valueOf(asOf))
                .query((rs, n) -> new MonthFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    private static Map<String, Object> params(Stored t) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", t.code());
        p.put("title", t.title());
        p.put("snum", t.sourceNumber());
        p.put("sdate", t.sourceDate() == null ? null : Date.valueOf(t.sourceDate()));
        p.put("issuer", t.issuer());
        p.put("by", t.assignedBy());
        p.put("lead", t.leadUnitId());
        p.put("support", t.supportUnitIds().toArray(Long[]::new));
        p.put("deadline", Date.valueOf(t.deadline()));
        p.put("priority", t.priority());
        p.put("progress", t.progress());
        p.put("done", t.completedOn() == null ? null : Date.valueOf(t.completedOn()));
        p.put("result", t.result());
        p.put(
                "search",
                VietnameseText.fold(t.code() + " " + t.title() + " " + t.issuer()
                        + (t.sourceNumber() == null ? "" : " " + t.sourceNumber())));
        return p;
    }

    private static Stored map(ResultSet rs, int n) throws SQLException {
        Array support = rs.getArray("support_unit_ids");
        Date sourceDate = rs.getDate("source_date");
        Date done = rs.getDate("completed_on");
        return new Stored(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("source_number"),
                sourceDate == null ? null : sourceDate.toLocalDate(),
                rs.getString("issuer"),
                rs.getString("assigned_by"),
                rs.getLong("lead_unit_id"),
                support == null ? List.of() : Arrays.asList((Long[]) support.getArray()),
                rs.getDate("deadline").toLocalDate(),
                rs.getString("priority"),
                rs.getInt("progress"),
                done == null ? null : done.toLocalDate(),
                rs.getString("result"));
    }
}
