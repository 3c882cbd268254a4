package vn.toancanh.meetings.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.meetings.ResolutionView;

/** The resolutions a session adopted: a number, a title and the text, a PDF, or both. */
@Repository
public class ResolutionRepository {

    private final JdbcClient jdbc;

    ResolutionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(long sessionId, String number) {
        return jdbc.sql("SELECT count(*) FROM meeting_resolution WHERE session_id = :s AND number = :n")
                        .param("s", sessionId)
                        .param("n", number)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long insert(
            long sessionId,
            String number,
            String title,
            @Nullable String body,
            @Nullable String fileName,
            byte @Nullable [] content,
            LocalDate adoptedOn) {
        return jdbc.sql("INSERT INTO meeting_resolution (session_id, number, title, body, file_name, content,"
                        + " adopted_on) VALUES (:s, :n, :t, :b, :f, :c, :d) RETURNING id")
                .param("s", sessionId)
                .param("n", number)
                .param("t", title)
                .param("b", body)
                .param("f", fileName)
                .param("c", content)
                .param("d", Date.valueOf(adoptedOn))
                .query(Long.class)
                .single();
    }

    public List<ResolutionView> ofSession(long sessionId) {
        return jdbc.sql("SELECT id, session_id, number, title, body, file_name, adopted_on FROM meeting_resolution"
                        + " WHERE session_id = :s ORDER BY number")
                .param("s", sessionId)
                .query((rs, i) -> new ResolutionView(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getDate(7).toLocalDate()))
                .list();
    }

    public Optional<Long> sessionOf(long resolutionId) {
        return jdbc.sql("SELECT session_id FROM meeting_resolution WHERE id = :id")
                .param("id", resolutionId)
                .query(Long.class)
                .optional();
    }

    public Optional<byte[]> content(long resolutionId) {
        return jdbc.sql("SELECT content FROM meeting_resolution WHERE id = :id AND content IS NOT NULL")
                .param("id", resolutionId)
                .query(byte[].class)
                .optional();
    }
}
