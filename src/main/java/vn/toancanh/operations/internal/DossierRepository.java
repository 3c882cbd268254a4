package vn.toancanh.operations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.operations.DossierChannel;
import vn.toancanh.operations.DossierCounts;
import vn.toancanh.operations.DossierStatus;
import vn.toancanh.operations.DossierView;
import vn.toancanh.operations.Timeliness;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.VietnameseText;

/** Dossiers and their status history. */
@Repository
public class DossierRepository {

    private static final String COLUMNS = """
            d.id, d.code, d.procedure_code, d.procedure_name, d.sector, d.unit_id, d.channel, d.status, d.received_at,
            d.due_at, d.completed_at, d.returned_at, d.fee_paid_online, d.applicant_kind, d.applicant_name""";
    private static final String LOCAL_DONE = "(d.completed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date";
    private static final String LOCAL_DUE = "(d.due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date";
    private static final String CLOSED = "d.status IN ('RESOLVED', 'RETURNED')";
    private static final String OPEN = "d.status IN ('RECEIVED', 'PROCESSING', 'SUPPLEMENT_REQUESTED')";
    private static final Map<String, String> SORTS = Map.of(
            "receivedAt", "d.received_at",
            "dueAt", "d.due_at",
            "code", "d.code",
            "sector", "d.sector",
            "status", "d.status");

    /** A dossier as stored. */
    public record Stored(
            long id,
            String code,
            @Nullable String procedureCode,
            String procedureName,
            String sector,
            long unitId,
            DossierChannel channel,
            DossierStatus status,
            Instant receivedAt,
            Instant dueAt,
            @Nullable Instant completedAt,
            @Nullable Instant returnedAt,
            boolean feePaidOnline,
            String applicantKind,
            @Nullable String applicantName)
            implements ImportByCode.Coded<Stored> {

        /** The same content, ignoring the id (to tell whether an import changes anything). */
        @Override
        public boolean sameAs(Stored other) {
            return code.equals(other.code)
                    && java.util.Objects.equals(procedureCode, other.procedureCode)
                    && procedureName.equals(other.procedureName)
                    && sector.equals(other.sector)
                    && unitId == other.unitId
                    && channel == other.channel
                    && status == other.status
                    && receivedAt.equals(other.receivedAt)
                    && dueAt.equals(other.dueAt)
                    && java.util.Objects.equals(completedAt, other.completedAt)
                    && java.util.Objects.equals(returnedAt, other.returnedAt)
                    && feePaidOnline == other.feePaidOnline
                    && applicantKind.equals(other.applicantKind)
                    && java.util.Objects.equals(applicantName, other.applicantName);
        }
    }

    private final JdbcClient jdbc;

    DossierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Stored> findByCodes(List<String> codes) {
        Map<String, Stored> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT " + COLUMNS + " FROM dossier d WHERE d.code = ANY (CAST(:codes AS text[]))")
                .param("codes", codes.toArray(String[]::new))
                .query(DossierRepository::map)
                .list()
                .forEach(s -> out.put(s.code(), s));
        return out;
    }

    public Optional<Stored> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dossier d WHERE d.code = :c")
                .param("c", code)
                .query(DossierRepository::map)
                .optional();
    }

    public long insert(Stored d, String user) {
        return jdbc.sql("""
                        INSERT INTO dossier (code, procedure_code, procedure_name, sector, unit_id, channel, status,
                                             received_at, due_at, completed_at, returned_at, fee_paid_online,
                                             applicant_kind, applicant_name, search, updated_by)
                        VALUES (:code, :pcode, :pname, :sector, :unit, :channel, :status, :received, :due, :completed,
                                :returned, :paid, :kind, :name, :search, :user)
                        RETURNING id""")
                .params(params(d))
                .param("user", user)
                .query(Long.class)
                .single();
    }

    public void update(long id, Stored d, String user) {
        jdbc.sql("""
                UPDATE dossier SET procedure_code = :pcode, procedure_name = :pname, sector = :sector, unit_id = :unit,
                       channel = :channel, status = :status, received_at = :received, due_at = :due,
                       completed_at = :completed, returned_at = :returned, fee_paid_online = :paid,
                       applicant_kind = :kind, applicant_name = :name, search = :search, updated_at = now(),
                       updated_by = :user
                WHERE id = :id""").params(params(d)).param("id", id).param("user", user).update();
    }

    public void addEvent(long dossierId, DossierStatus status, Instant at, String user) {
        jdbc.sql("INSERT INTO dossier_status_event (dossier_id, status, at, by_user) VALUES (:d, :s, :at, :u)")
                .param("d", dossierId)
                .param("s", status.name())
                .param("at", Timestamp.from(at))
                .param("u", user)
                .update();
    }

    public List<DossierView.Event> history(long dossierId) {
        return jdbc.sql("SELECT status, at, by_user FROM dossier_status_event WHERE dossier_id = :d ORDER BY at, id")
                .param("d", dossierId)
                .query((rs, n) -> new DossierView.Event(
                        DossierStatus.valueOf(rs.getString(1)),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3)))
                .list();
    }

    /**
     * A page of dossiers of {@code unitIds} (null: all), narrowed by sector, status, timeliness as of {@code now},
     * received in [{@code from}, {@code to}), completed in [{@code completedFrom}, {@code completedTo}) and the words
     * of a search in code, procedure and sector.
     */
    public PageResult<Stored> page(
            PageQuery query,
            @Nullable List<Long> unitIds,
            @Nullable String sector,
            @Nullable DossierStatus status,
            @Nullable Timeliness timeliness,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable Instant completedFrom,
            @Nullable Instant completedTo,
            Instant now) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> p = new HashMap<>();
        if (unitIds != null) {
            where.append(" AND d.unit_id = ANY (CAST(:units AS bigint[]))");
            p.put("units", unitIds.toArray(Long[]::new));
        }
        if (sector != null && !sector.isBlank()) {
            where.append(" AND d.sector = :sector");
            p.put("sector", sector.strip());
        }
        if (status != null) {
            where.append(" AND d.status = :status");
            p.put("status", status.name());
        }
        if (timeliness != null) {
            where.append(" AND ").append(timeliness(timeliness));
            p.put("now", Timestamp.from(now));
        }
        if (from != null) {
            where.append(" AND d.received_at >= :from");
            p.put("from", Timestamp.from(from));
        }
        if (to != null) {
            where.append(" AND d.received_at < :to");
            p.put("to", Timestamp.from(to));
        }
        if (completedFrom != null) {
            where.append(" AND d.completed_at >= :cfrom");
            p.put("cfrom", Timestamp.from(completedFrom));
        }
        if (completedTo != null) {
            where.append(" AND d.completed_at < :cto");
            p.put("cto", Timestamp.from(completedTo));
        }
        String[] words = VietnameseText.fold(query.search()).split(" ");
        for (int i = 0; i < words.length && i < 8; i++) {
            if (!words[i].isEmpty()) {
                where.append(" AND d.search LIKE :q").append(i);
                p.put("q" + i, VietnameseText.containsPattern(words[i]));
            }
        }
        long total = jdbc.sql("SELECT count(*) FROM dossier d" + where)
                .params(p)
                .query(Long.class)
                .single();
        String order = SORTS.getOrDefault(query.sort(), "d.received_at");
        boolean descending = query.sort().isEmpty() || query.descending();
        List<Stored> items = new ArrayList<>(jdbc.sql("SELECT " + COLUMNS + " FROM dossier d" + where + " ORDER BY "
                        + order + (descending ? " DESC" : " ASC") + ", d.id DESC LIMIT :limit OFFSET :offset")
                .params(p)
                .param("limit", query.pageSize())
                .param("offset", query.offset())
                .query(DossierRepository::map)
                .list());
        return new PageResult<>(items, query.page(), query.pageSize(), total);
    }

    /** The condition for a timeliness, as {@link Timeliness#of} decides it. */
    private static String timeliness(Timeliness t) {
        return switch (t) {
            case EARLY -> "(" + CLOSED + " AND " + LOCAL_DONE + " < " + LOCAL_DUE + ")";
            case ON_TIME -> "(" + CLOSED + " AND " + LOCAL_DONE + " = " + LOCAL_DUE + ")";
            case LATE -> "(" + CLOSED + " AND " + LOCAL_DONE + " > " + LOCAL_DUE + ")";
            case IN_PROGRESS -> "(" + OPEN + " AND d.due_at >= :now)";
            case OVERDUE -> "(" + OPEN + " AND d.due_at < :now)";
            case WITHDRAWN -> "d.status = 'WITHDRAWN'";
        };
    }

    /** The nine figures of {@link DossierCounts}, over the rows a query selects. */
    private static final String FIGURES = """
            count(*) FILTER (WHERE d.received_at >= :start AND d.received_at < :end),
            count(*) FILTER (WHERE d.received_at >= :start AND d.received_at < :end AND d.channel <> 'DIRECT'),
            count(*) FILTER (WHERE d.received_at >= :start AND d.received_at < :end AND d.channel = 'ONLINE_FULL'),
            count(*) FILTER (WHERE d.received_at >= :start AND d.received_at < :end AND d.fee_paid_online),
            count(*) FILTER (WHERE %1$s AND d.completed_at >= :start AND d.completed_at < :end AND %2$s < %3$s),
            count(*) FILTER (WHERE %1$s AND d.completed_at >= :start AND d.completed_at < :end AND %2$s = %3$s),
            count(*) FILTER (WHERE %1$s AND d.completed_at >= :start AND d.completed_at < :end AND %2$s > %3$s),
            count(*) FILTER (WHERE d.status <> 'WITHDRAWN' AND d.received_at < :cut
                               AND (d.completed_at IS NULL OR d.completed_at >= :cut)),
            count(*) FILTER (WHERE d.status <> 'WITHDRAWN' AND d.received_at < :cut
                               AND (d.completed_at IS NULL OR d.completed_at >= :cut) AND d.due_at < :cut)""".formatted(CLOSED, LOCAL_DONE, LOCAL_DUE);

    /**
     * A unit's figures for the month [{@code start}, {@code end}): received (and online, full-process online, paid
     * online) in it, resolved in it early, on time or late, and still open at its end (and past due by then, or by
     * {@code now} for the month under way).
     */
    public DossierCounts month(long unitId, Instant start, Instant end, Instant now) {
        return jdbc.sql("SELECT " + FIGURES + " FROM dossier d WHERE d.unit_id = :unit")
                .params(window(start, end, now))
                .param("unit", unitId)
                .query((rs, n) -> figures(rs, 1))
                .single();
    }

    /** The same figures by sector, over the dossiers of {@code unitIds} (null: all), sectors by name. */
    public Map<String, DossierCounts> bySector(@Nullable List<Long> unitIds, Instant start, Instant end, Instant now) {
        Map<String, Object> p = window(start, end, now);
        String where = "";
        if (unitIds != null) {
            where = " WHERE d.unit_id = ANY (CAST(:units AS bigint[]))";
            p.put("units", unitIds.toArray(Long[]::new));
        }
        Map<String, DossierCounts> out = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT d.sector, " + FIGURES + " FROM dossier d" + where + " GROUP BY d.sector ORDER BY d.sector")
                .params(p)
                .query((rs, n) -> Map.entry(rs.getString(1), figures(rs, 2)))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Map<String, Object> window(Instant start, Instant end, Instant now) {
        Map<String, Object> p = new HashMap<>();
        p.put("start", Timestamp.from(start));
        p.put("end", Timestamp.from(end));
        p.put("cut", Timestamp.from(end.isBefore(now) ? end : now));
        return p;
    }

    private static DossierCounts figures(ResultSet rs, int first) throws SQLException {
        return new DossierCounts(
                rs.getLong(first),
                rs.getLong(first + 1),
                rs.getLong(first + 2),
                rs.getLong(first + 3),
                rs.getLong(first + 4),
                rs.getLong(first + 5),
                rs.getLong(first + 6),
                rs.getLong(first + 7),
                rs.getLong(first + 8));
    }

    private static Map<String, Object> params(Stored d) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", d.code());
        p.put("pcode", d.procedureCode());
        p.put("pname", d.procedureName());
        p.put("sector", d.sector());
        p.put("unit", d.unitId());
        p.put("channel", d.channel().name());
        p.put("status", d.status().name());
        p.put("received", Timestamp.from(d.receivedAt()));
        p.put("due", Timestamp.from(d.dueAt()));
        p.put("completed", d.completedAt() == null ? null : Timestamp.from(d.completedAt()));
        p.put("returned", d.returnedAt() == null ? null : Timestamp.from(d.returnedAt()));
        p.put("paid", d.feePaidOnline());
        p.put("kind", d.applicantKind());
        p.put("name", d.applicantName());
        p.put("search", VietnameseText.fold(d.code() + " " + d.procedureName() + " " + d.sector()));
        return p;
    }

    private static Stored map(ResultSet rs, int n) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        Timestamp returned = rs.getTimestamp("returned_at");
        return new Stored(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("procedure_code"),
                rs.getString("procedure_name"),
                rs.getString("sector"),
                rs.getLong("unit_id"),
                DossierChannel.valueOf(rs.getString("channel")),
                DossierStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("due_at").toInstant(),
                completed == null ? null : completed.toInstant(),
                returned == null ? null : returned.toInstant(),
                rs.getBoolean("fee_paid_online"),
                rs.getString("applicant_kind"),
                rs.getString("applicant_name"));
    }
}
