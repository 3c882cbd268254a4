package vn.toancanh.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.feedback.FeedbackChannel;
import vn.toancanh.feedback.FeedbackStatus;
import vn.toancanh.feedback.FeedbackTimeliness;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.VietnameseText;

/** Feedback requests, their photos and their history. */
@Repository
public class FeedbackRepository {

    private static final String COLUMNS = """
            r.id, r.code, r.token, r.category_id, c.code, c.name, r.status, r.description, r.latitude, r.longitude,
            r.address, r.area_unit_id, r.unit_id, r.attributes::text, r.media_url, r.contact_name, r.contact_phone,
            r.contact_email, r.device_id, r.account_id, r.channel, r.client_name, r.received_at, r.due_at,
            r.resolved_at, r.closed_at, r.updated_at, r.public_reply, r.reject_reason, d.code""";
    private static final String FROM = " " + """
            FROM feedback_request r JOIN feedback_category c ON c.id = r.category_id
            LEFT JOIN feedback_request d ON d.id = r.possible_duplicate_of""";
    private static final Map<String, String> SORTS = Map.of(
            "received", "r.received_at",
            "due", "r.due_at",
            "code", "r.code",
            "status", "r.status",
            "updated", "r.updated_at");
    private static final String OPEN = "r.status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS')";
    private static final String ANSWERED = "r.status IN ('RESOLVED', 'CLOSED')";

    /** A request as stored. */
    public record Stored(
            long id,
            String code,
            String token,
            long categoryId,
            String categoryCode,
            String categoryName,
            FeedbackStatus status,
            String description,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String address,
            @Nullable Long areaUnitId,
            @Nullable Long unitId,
            Map<String, List<String>> attributes,
            @Nullable String mediaUrl,
            @Nullable String contactName,
            @Nullable String contactPhone,
            @Nullable String contactEmail,
            @Nullable String deviceId,
            @Nullable String accountId,
            FeedbackChannel channel,
            @Nullable String clientName,
            Instant receivedAt,
            Instant dueAt,
            @Nullable Instant resolvedAt,
            @Nullable Instant closedAt,
            Instant updatedAt,
            @Nullable String publicReply,
            @Nullable String rejectReason,
            @Nullable String duplicateOfCode) {}

    /** A new request. */
    public record NewRequest(
            String code,
            String token,
            long categoryId,
            FeedbackStatus status,
            String description,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String address,
            @Nullable Long areaUnitId,
            @Nullable Long unitId,
            Map<String, List<String>> attributes,
            @Nullable String mediaUrl,
            @Nullable String contactName,
            @Nullable String contactPhone,
            @Nullable String contactEmail,
            @Nullable String deviceId,
            @Nullable String accountId,
            FeedbackChannel channel,
            @Nullable String clientName,
            Instant receivedAt,
            Instant dueAt,
            @Nullable Long possibleDuplicateOf) {}

    /** A step of a request's history as stored. */
    public record Event(
            Instant at,
            String actor,
            String kind,
            FeedbackStatus status,
            @Nullable Long unitId,
            @Nullable String text,
            boolean publicEvent) {}

    /**
     * What a list selects, in stored terms: the units whose requests (handled there or raised in their area) it
     * covers (null: all), the statuses, category, timeliness, received range, only flagged duplicates, and words.
     */
    public record Criteria(
            @Nullable List<Long> readable,
            List<FeedbackStatus> statuses,
            @Nullable Long categoryId,
            @Nullable FeedbackTimeliness timeliness,
            @Nullable Instant from,
            @Nullable Instant to,
            boolean duplicatesOnly,
            @Nullable String search) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FeedbackRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long insert(NewRequest r, String searchText) {
        return jdbc.sql("""
                        INSERT INTO feedback_request (code, token, category_id, status, description, latitude,
                            longitude, address, area_unit_id, unit_id, attributes, media_url, contact_name,
                            contact_phone, contact_email, device_id, account_id, channel, client_name, received_at,
                            due_at, updated_at, possible_duplicate_of, search_text)
                        VALUES (:code, :token, :cat, :status, :d, :lat, :lon, :addr, :area, :unit,
                            CAST(:attrs AS jsonb), :media, :cn, :cp, :ce, :dev, :acc, :channel, :client, :at, :due,
                            :at, :dup, :search)
                        RETURNING id""")
                .param("code", r.code())
                .param("token", r.token())
                .param("cat", r.categoryId())
                .param("status", r.status().name())
                .param("d", r.description())
                .param("lat", r.latitude())
                .param("lon", r.longitude())
                .param("addr", r.address())
                .param("area", r.areaUnitId())
                .param("unit", r.unitId())
                .param("attrs", json.writeValueAsString(r.attributes()))
                .param("media", r.mediaUrl())
                .param("cn", r.contactName())
                .param("cp", r.contactPhone())
                .param("ce", r.contactEmail())
                .param("dev", r.deviceId())
                .param("acc", r.accountId())
                .param("channel", r.channel().name())
                .param("client", r.clientName())
                .param("at", Timestamp.from(r.receivedAt()))
                .param("due", Timestamp.from(r.dueAt()))
                .param("dup", r.possibleDuplicateOf())
                .param("search", searchText)
                .query(Long.class)
                .single();
    }

    public void addEvent(long requestId, Event e) {
        jdbc.sql("""
                        INSERT INTO feedback_event (request_id, at, actor, kind, status, unit_id, text, public)
                        VALUES (:r, :at, :actor, :kind, :status, :unit, :text, :public)""")
                .param("r", requestId)
                .param("at", Timestamp.from(e.at()))
                .param("actor", e.actor())
                .param("kind", e.kind())
                .param("status", e.status().name())
                .param("unit", e.unitId())
                .param("text", e.text())
                .param("public", e.publicEvent())
                .update();
    }

    public List<Event> events(long requestId) {
        return jdbc.sql("""
                        SELECT at, actor, kind, status, unit_id, text, public FROM feedback_event
                        WHERE request_id = :r ORDER BY at, id""")
                .param("r", requestId)
                .query((rs, n) -> new Event(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        FeedbackStatus.valueOf(rs.getString(4)),
                        nullableLong(rs, 5),
                        rs.getString(6),
                        rs.getBoolean(7)))
                .list();
    }

    /** Moves a request to a status, the unit and the answer fields that come with it. */
    public void update(
            long id,
            FeedbackStatus status,
            @Nullable Long unitId,
            @Nullable String publicReply,
            @Nullable String rejectReason,
            @Nullable Instant resolvedAt,
            @Nullable Instant closedAt,
            Instant now) {
        jdbc.sql("""
                        UPDATE feedback_request SET status = :s, unit_id = :unit, public_reply = :reply,
                            reject_reason = :reason, resolved_at = :resolved, closed_at = :closed, updated_at = :now
                        WHERE id = :id""")
                .param("id", id)
                .param("s", status.name())
                .param("unit", unitId)
                .param("reply", publicReply)
                .param("reason", rejectReason)
                .param("resolved", resolvedAt == null ? null : Timestamp.from(resolvedAt))
                .param("closed", closedAt == null ? null : Timestamp.from(closedAt))
                .param("now", Timestamp.from(now))
                .update();
    }

    public void touch(long id, Instant now) {
        jdbc.sql("UPDATE feedback_request SET updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
    }

    public long addPhoto(long requestId, PhotoProcessor.StoredPhoto photo) {
        return jdbc.sql("""
                        INSERT INTO feedback_photo (request_id, content_type, width, height, content)
                        VALUES (:r, :t, :w, :h, :c) RETURNING id""")
                .param("r", requestId)
                .param("t", photo.contentType())
                .param("w", photo.width())
                .param("h", photo.height())
                .param("c", photo.content())
                .query(Long.class)
                .single();
    }

    public List<Long> photoIds(long requestId) {
        return jdbc.sql("SELECT id FROM feedback_photo WHERE request_id = :r ORDER BY id")
                .param("r", requestId)
                .query(Long.class)
                .list();
    }

    public Map<Long, List<Long>> photoIds(List<Long> requestIds) {
        Map<Long, List<Long>> out = new HashMap<>();
        if (!requestIds.isEmpty()) {
            jdbc.sql("""
                            SELECT request_id, id FROM feedback_photo WHERE request_id = ANY (CAST(:r AS bigint[]))
                            ORDER BY id""")
                    .param("r", requestIds.toArray(Long[]::new))
                    .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2)))
                    .list();
        }
        return out;
    }

    /** A photo's type and bytes, when it belongs to the request. */
    public Optional<Map.Entry<String, byte[]>> photo(long requestId, long photoId) {
        return jdbc.sql("SELECT content_type, content FROM feedback_photo WHERE request_id = :r AND id = :p")
                .param("r", requestId)
                .param("p", photoId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    public Optional<Stored> find(long id) {
        return one("r.id = :k", id);
    }

    public Optional<Stored> findByCode(String code) {
        return one("r.code = :k", code);
    }

    public Optional<Stored> findByToken(String token) {
        return one("r.token = :k", token);
    }

    private Optional<Stored> one(String where, Object key) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE " + where)
                .param("k", key)
                .query(this::map)
                .optional();
    }

    public boolean codeExists(String code) {
        return jdbc.sql("SELECT count(*) FROM feedback_request WHERE code = :c")
                        .param("c", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * The nearest open request of the category received since {@code since} within {@code metres} of the point: the
     * distance by an equirectangular approximation, exact enough within a district.
     */
    public Optional<Long> nearestOpen(long categoryId, double lat, double lon, Instant since, int metres) {
        return jdbc.sql("""
                        SELECT id FROM (
                          SELECT r.id, sqrt(power((r.longitude - :lon) * 111320 * cos(radians(:lat)), 2)
                                          + power((r.latitude - :lat) * 110540, 2)) AS metres
                          FROM feedback_request r
                          WHERE r.category_id = :cat AND r.latitude IS NOT NULL AND r.received_at >= :since
                            AND r.status NOT IN ('REJECTED', 'CLOSED')
                            AND r.latitude BETWEEN :lat - 0.05 AND :lat + 0.05) near
                        WHERE metres <= :m ORDER BY metres LIMIT 1""")
                .param("cat", categoryId)
                .param("lat", lat)
                .param("lon", lon)
                .param("since", Timestamp.from(since))
                .param("m", metres)
                .query(Long.class)
                .optional();
    }

    public PageResult<Stored> page(PageQuery query, Criteria c, Instant now, Duration dueSoon) {
        Map<String, Object> p = new HashMap<>();
        String where = where(c, now, dueSoon, p);
        long total = jdbc.sql("SELECT count(*)" + FROM + where)
                .params(p)
                .query(Long.class)
                .single();
        String sort = SORTS.getOrDefault(query.sort(), "r.received_at");
        boolean descending = query.sort().isBlank() || query.descending();
        List<Stored> items = jdbc.sql("SELECT " + COLUMNS + FROM + where + " ORDER BY " + sort
                        + (descending ? " DESC" : " ASC") + ", r.id DESC LIMIT :limit OFFSET :offset")
                .params(p)
                .param("limit", query.pageSize())
                .param("offset", query.offset())
                .query(this::map)
                .list();
        return new PageResult<>(items, query.page(), query.pageSize(), total);
    }

    /** At most {@code limit} requests matching, newest first (Open311 lists, the map). */
    public List<Stored> list(Criteria c, Instant now, Duration dueSoon, int limit) {
        Map<String, Object> p = new HashMap<>();
        String where = where(c, now, dueSoon, p);
        return jdbc.sql("SELECT " + COLUMNS + FROM + where + " ORDER BY r.received_at DESC, r.id DESC LIMIT :limit")
                .params(p)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    private static String where(Criteria c, Instant now, Duration dueSoon, Map<String, Object> p) {
        StringBuilder w = new StringBuilder(" WHERE true");
        if (c.readable() != null) {
            w.append(" AND (r.unit_id = ANY (CAST(:readable AS bigint[]))"
                    + " OR r.area_unit_id = ANY (CAST(:readable AS bigint[])))");
            p.put("readable", c.readable().toArray(Long[]::new));
        }
        if (!c.statuses().isEmpty()) {
            w.append(" AND r.status = ANY (CAST(:statuses AS text[]))");
            p.put("statuses", c.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        if (c.categoryId() != null) {
            w.append(" AND r.category_id = :cat");
            p.put("cat", c.categoryId());
        }
        if (c.timeliness() != null) {
            w.append(" AND ").append(timeliness(c.timeliness()));
            p.put("now", Timestamp.from(now));
            p.put("soonSeconds", dueSoon.toSeconds());
        }
        if (c.from() != null) {
            w.append(" AND r.received_at >= :from");
            p.put("from", Timestamp.from(c.from()));
        }
        if (c.to() != null) {
            w.append(" AND r.received_at < :to");
            p.put("to", Timestamp.from(c.to()));
        }
        if (c.duplicatesOnly()) {
            w.append(" AND r.possible_duplicate_of IS NOT NULL");
        }
        if (c.search() != null && !c.search().isBlank()) {
            String[] words = VietnameseText.fold(c.search()).split(" ");
            for (int i = 0; i < words.length && i < 8; i++) {
                w.append(" AND r.search_text LIKE :w").append(i).append(" ESCAPE '\\'");
                p.put("w" + i, VietnameseText.containsPattern(words[i]));
            }
        }
        return w.toString();
    }

    /** The SQL form of {@link FeedbackTimeliness#of}. */
    private static String timeliness(FeedbackTimeliness t) {
        String soonStart = "r.due_at - LEAST(make_interval(secs => :soonSeconds), (r.due_at - r.received_at) / 4)";
        return switch (t) {
            case OVERDUE -> "(" + OPEN + " AND r.due_at < :now)";
            case DUE_SOON -> "(" + OPEN + " AND r.due_at >= :now AND " + soonStart + " < :now)";
            case ON_TRACK -> "(" + OPEN + " AND r.due_at >= :now AND " + soonStart + " >= :now)";
            case ON_TIME -> "(" + ANSWERED + " AND r.resolved_at <= r.due_at)";
            case LATE -> "(" + ANSWERED + " AND (r.resolved_at IS NULL OR r.resolved_at > r.due_at))";
            case NONE -> "r.status = 'REJECTED'";
        };
    }

    /** Requests' counts by handling unit (the area's when unassigned) and category over a received range. */
    public record FigureRow(
            @Nullable Long unitId,
            long categoryId,
            long received,
            long answered,
            long answeredOnTime,
            long open,
            long overdue,
            long rejected,
            double averageHours) {}

    public List<FigureRow> figures(@Nullable List<Long> readable, Instant from, Instant to, Instant now) {
        return jdbc.sql("""
                        SELECT COALESCE(r.unit_id, r.area_unit_id), r.category_id, count(*),
                               count(*) FILTER (WHERE r.status IN ('RESOLVED', 'CLOSED')),
                               count(*) FILTER (WHERE r.status IN ('RESOLVED', 'CLOSED') AND r.resolved_at <= r.due_at),
                               count(*) FILTER (WHERE r.status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS')),
                               count(*) FILTER (WHERE r.status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS') AND r.due_at < :now),
                               count(*) FILTER (WHERE r.status = 'REJECTED'),
                               COALESCE(avg(EXTRACT(EPOCH FROM r.resolved_at - r.received_at) / 3600)
                                   FILTER (WHERE r.resolved_at IS NOT NULL), 0)
                        FROM feedback_request r
                        WHERE r.received_at >= :from AND r.received_at < :to
                          AND (CAST(:readable AS bigint[]) IS NULL OR r.unit_id = ANY (CAST(:readable AS bigint[]))
                               OR r.area_unit_id = ANY (CAST(:readable AS bigint[])))
                        GROUP BY 1, 2""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("now", Timestamp.from(now))
                .param("readable", readable == null ? null : readable.toArray(Long[]::new))
                .query((rs, n) -> new FigureRow(
                        nullableLong(rs, 1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getDouble(9)))
                .list();
    }

    /** A unit's counts for a month: received in it, answered in it on time and late, open past deadline at {@code asOf}. */
    public record MonthFigures(long received, long onTime, long late, long overdue) {}

    public MonthFigures month(long unitId, Instant start, Instant end, Instant asOf) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE received_at >= :s AND received_at < :e),
                               count(*) FILTER (WHERE resolved_at >= :s AND resolved_at < :e AND resolved_at <= due_at),
                               count(*) FILTER (WHERE resolved_at >= :s AND resolved_at < :e AND resolved_at > due_at),
                               count(*) FILTER (WHERE received_at < :asOf AND due_at < :asOf
                                                  AND status <> 'REJECTED'
                                                  AND (resolved_at IS NULL OR resolved_at > :asOf))
                        FROM feedback_request WHERE COALESCE(unit_id, area_unit_id) = :u""")
                .param("u", unitId)
                .param("s", Timestamp.from(start))
                .param("e", Timestamp.from(end))
                .param("asOf", Timestamp.from(asOf))
                .query((rs, n) -> new MonthFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    public List<Long> unitsWithRequests() {
        return jdbc.sql("SELECT DISTINCT COALESCE(unit_id, area_unit_id) FROM feedback_request"
                        + " WHERE COALESCE(unit_id, area_unit_id) IS NOT NULL")
                .query(Long.class)
                .list();
    }

    private Stored map(ResultSet rs, int n) throws SQLException {
        return new Stored(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getString(6),
                FeedbackStatus.valueOf(rs.getString(7)),
                rs.getString(8),
                nullableDouble(rs, 9),
                nullableDouble(rs, 10),
                rs.getString(11),
                nullableLong(rs, 12),
                nullableLong(rs, 13),
                json.readValue(rs.getString(14), new TypeReference<Map<String, List<String>>>() {}),
                rs.getString(15),
                rs.getString(16),
                rs.getString(17),
                rs.getString(18),
                rs.getString(19),
                rs.getString(20),
                FeedbackChannel.valueOf(rs.getString(21)),
                rs.getString(22),
                rs.getTimestamp(23).toInstant(),
                rs.getTimestamp(24).toInstant(),
                instant(rs.getTimestamp(25)),
                instant(rs.getTimestamp(26)),
                rs.getTimestamp(27).toInstant(),
                rs.getString(28),
                rs.getString(29),
                rs.getString(30));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Long nullableLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    private static @Nullable Double nullableDouble(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }
}
