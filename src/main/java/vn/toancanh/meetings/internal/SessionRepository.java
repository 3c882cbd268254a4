package vn.toancanh.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.meetings.AgendaItemView;
import vn.toancanh.meetings.Attendance;
import vn.toancanh.meetings.AttendeeView;
import vn.toancanh.meetings.SessionKind;
import vn.toancanh.meetings.SessionStatus;
import vn.toancanh.meetings.SessionView;
import vn.toancanh.meetings.VoteMode;

/** Sessions, their attendees and agenda items. */
@Repository
public class SessionRepository {

    private static final String COLUMNS =
            "id, title, kind, starts_at, place, chair_id, chair_name, secretary_id, status, voting, minutes";

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SessionView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting_session WHERE id = :id")
                .param("id", id)
                .query(SessionRepository::session)
                .optional();
    }

    /** All sessions ({@code userId} null) or those the user is invited to or is secretary of; newest first. */
    public List<SessionView> visibleTo(@Nullable Long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting_session s WHERE CAST(:u AS bigint) IS NULL"
                        + " OR s.secretary_id = :u"
                        + " OR EXISTS (SELECT 1 FROM meeting_attendee a WHERE a.session_id = s.id AND a.user_id = :u)"
                        + " ORDER BY starts_at DESC, id DESC")
                .param("u", userId)
                .query(SessionRepository::session)
                .list();
    }

    public long insert(Row s, String by) {
        return jdbc.sql("""
                INSERT INTO meeting_session (title, kind, starts_at, place, chair_id, chair_name, secretary_id, voting,
                                             updated_by)
                VALUES (:title, :kind, :at, :place, :chair, :chairName, :secretary, :voting, :by) RETURNING id""").params(params(s, by)).query(Long.class).single();
    }

    public void update(long id, Row s, String by) {
        jdbc.sql("""
                UPDATE meeting_session SET title = :title, kind = :kind, starts_at = :at, place = :place,
                       chair_id = :chair, chair_name = :chairName, secretary_id = :secretary, voting = :voting,
                       updated_at = now(), updated_by = :by WHERE id = :id""").params(params(s, by)).param("id", id).update();
    }

    public void setStatus(long id, SessionStatus status, String by) {
        jdbc.sql("UPDATE meeting_session SET status = :s, updated_at = now(), updated_by = :by WHERE id = :id")
                .param("s", status.name())
                .param("by", by)
                .param("id", id)
                .update();
    }

    public void setMinutes(long id, String minutes, String by) {
        jdbc.sql("UPDATE meeting_session SET minutes = :m, updated_at = now(), updated_by = :by WHERE id = :id")
                .param("m", minutes)
                .param("by", by)
                .param("id", id)
                .update();
    }

    /** The session's invitees become exactly these people; those still invited keep their attendance. */
    public void setAttendees(long sessionId, List<Invitee> invitees) {
        List<Long> ids = invitees.stream().map(Invitee::userId).toList();
        jdbc.sql("DELETE FROM meeting_attendee WHERE session_id = :s AND NOT (user_id = ANY (:ids))")
                .param("s", sessionId)
                .param("ids", ids.toArray(Long[]::new))
                .update();
        for (Invitee i : invitees) {
            jdbc.sql("INSERT INTO meeting_attendee (session_id, user_id, full_name) VALUES (:s, :u, :n)"
                            + " ON CONFLICT (session_id, user_id) DO UPDATE SET full_name = EXCLUDED.full_name")
                    .param("s", sessionId)
                    .param("u", i.userId())
                    .param("n", i.fullName())
                    .update();
        }
    }

    public List<AttendeeView> attendees(long sessionId) {
        return jdbc.sql("SELECT user_id, full_name, attendance, absence_reason FROM meeting_attendee"
                        + " WHERE session_id = :s ORDER BY full_name")
                .param("s", sessionId)
                .query((rs, i) -> new AttendeeView(
                        rs.getLong(1), rs.getString(2), Attendance.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
    }

    public boolean isAttendee(long sessionId, long userId) {
        return jdbc.sql("SELECT count(*) FROM meeting_attendee WHERE session_id = :s AND user_id = :u")
                        .param("s", sessionId)
                        .param("u", userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public int setAttendance(long sessionId, long userId, Attendance attendance, @Nullable String reason) {
        return jdbc.sql("UPDATE meeting_attendee SET attendance = :a, absence_reason = :r"
                        + " WHERE session_id = :s AND user_id = :u")
                .param("a", attendance.name())
                .param("r", attendance == Attendance.ABSENT ? reason : null)
                .param("s", sessionId)
                .param("u", userId)
                .update();
    }

    public long addItem(long sessionId, String title, @Nullable String presenter, VoteMode mode) {
        return jdbc.sql("""
                INSERT INTO meeting_agenda_item (session_id, position, title, presenter, vote_mode)
                VALUES (:s, (SELECT coalesce(max(position), 0) + 1 FROM meeting_agenda_item WHERE session_id = :s),
                        :t, :p, :m) RETURNING id""")
                .param("s", sessionId)
                .param("t", title)
                .param("p", presenter)
                .param("m", mode.name())
                .query(Long.class)
                .single();
    }

    public List<AgendaItemView> items(long sessionId) {
        return jdbc.sql("SELECT * FROM meeting_agenda_item WHERE session_id = :s ORDER BY position")
                .param("s", sessionId)
                .query(SessionRepository::item)
                .list();
    }

    public Optional<AgendaItemView> item(long id) {
        return jdbc.sql("SELECT * FROM meeting_agenda_item WHERE id = :id")
                .param("id", id)
                .query(SessionRepository::item)
                .optional();
    }

    /** A session's invitee, as it is stored: the user's id and their name at the time of the invitation. */
    public record Invitee(long userId, String fullName) {}

    /** A session's own columns as written. */
    public record Row(
            String title,
            SessionKind kind,
            java.time.LocalDateTime startsAt,
            String place,
            long chairId,
            String chairName,
            @Nullable Long secretaryId,
            boolean voting) {}

    private static java.util.Map<String, Object> params(Row s, String by) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("title", s.title());
        p.put("kind", s.kind().name());
        p.put("at", Timestamp.valueOf(s.startsAt()));
        p.put("place", s.place());
        p.put("chair", s.chairId());
        p.put("chairName", s.chairName());
        p.put("secretary", s.secretaryId());
        p.put("voting", s.voting());
        p.put("by", by);
        return p;
    }

    private static SessionView session(ResultSet rs, int row) throws SQLException {
        long secretary = rs.getLong("secretary_id");
        return new SessionView(
                rs.getLong("id"),
                rs.getString("title"),
                SessionKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("starts_at").toLocalDateTime(),
                rs.getString("place"),
                rs.getLong("chair_id"),
                rs.getString("chair_name"),
                rs.wasNull() ? null : secretary,
                SessionStatus.valueOf(rs.getString("status")),
                rs.getBoolean("voting"),
                rs.getString("minutes"));
    }

    private static AgendaItemView item(ResultSet rs, int row) throws SQLException {
        return new AgendaItemView(
                rs.getLong("id"),
                rs.getLong("session_id"),
                rs.getInt("position"),
                rs.getString("title"),
                rs.getString("presenter"),
                VoteMode.valueOf(rs.getString("vote_mode")),
                rs.getString("vote_state"),
                rs.getString("result"));
    }
}
