package vn.toancanh.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.meetings.DocumentCategory;
import vn.toancanh.meetings.MeetingDocumentView;
import vn.toancanh.meetings.SearchHit;
import vn.toancanh.meetings.VersionView;
import vn.toancanh.shared.VietnameseText;

/** Documents, their versions (each upload kept), readers' notes and the search over their text. */
@Repository
public class MeetingDocumentRepository {

    private static final String SELECT = """
            SELECT d.id, d.session_id, d.item_id, d.title, d.category, d.updated_at,
                   v.version, v.file_name, v.size_bytes
              FROM meeting_document d
              JOIN meeting_document_version v ON v.document_id = d.id
                   AND v.version = (SELECT max(version) FROM meeting_document_version WHERE document_id = d.id)
            """;

    private final JdbcClient jdbc;

    MeetingDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MeetingDocumentView> ofSession(long sessionId) {
        return jdbc.sql(SELECT + " WHERE d.session_id = :s ORDER BY d.category, d.title")
                .param("s", sessionId)
                .query(MeetingDocumentRepository::document)
                .list();
    }

    public Optional<MeetingDocumentView> find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id")
                .param("id", id)
                .query(MeetingDocumentRepository::document)
                .optional();
    }

    /** The session's document of this title (case and diacritics aside), to which a new upload adds a version. */
    public Optional<Long> byTitle(long sessionId, String title) {
        return jdbc
                .sql("SELECT id, title FROM meeting_document WHERE session_id = :s")
                .param("s", sessionId)
                .query((rs, i) ->
                        VietnameseText.fold(rs.getString(2)).equals(VietnameseText.fold(title)) ? rs.getLong(1) : null)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    public long insert(long sessionId, @Nullable Long itemId, String title, DocumentCategory category) {
        return jdbc.sql("INSERT INTO meeting_document (session_id, item_id, title, category, words)"
                        + " VALUES (:s, :i, :t, :c, to_tsvector('simple', :w)) RETURNING id")
                .param("s", sessionId)
                .param("i", itemId)
                .param("t", title)
                .param("c", category.name())
                .param("w", VietnameseText.fold(title))
                .query(Long.class)
                .single();
    }

    /** Adds the next version and makes its text the document's searchable text. */
    public int addVersion(long documentId, String title, String fileName, byte[] content, String text, String by) {
        int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM meeting_document_version"
                        + " WHERE document_id = :d")
                .param("d", documentId)
                .query(Integer.class)
                .single();
        jdbc.sql("INSERT INTO meeting_document_version (document_id, version, file_name, size_bytes, content,"
                        + " uploaded_by) VALUES (:d, :v, :f, :n, :c, :by)")
                .param("d", documentId)
                .param("v", version)
                .param("f", fileName)
                .param("n", content.length)
                .param("c", content)
                .param("by", by)
                .update();
        jdbc.sql("UPDATE meeting_document SET body_text = :t, words = to_tsvector('simple', :w), updated_at = now()"
                        + " WHERE id = :d")
                .param("t", text)
                .param("w", VietnameseText.fold(title + " " + text))
                .param("d", documentId)
                .update();
        return version;
    }

    public List<VersionView> versions(long documentId) {
        return jdbc.sql("SELECT version, file_name, size_bytes, uploaded_at, uploaded_by FROM meeting_document_version"
                        + " WHERE document_id = :d ORDER BY version DESC")
                .param("d", documentId)
                .query((rs, i) -> new VersionView(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .list();
    }

    public Optional<byte[]> content(long documentId, int version) {
        return jdbc.sql("SELECT content FROM meeting_document_version WHERE document_id = :d AND version = :v")
                .param("d", documentId)
                .param("v", version)
                .query(byte[].class)
                .optional();
    }

    public Optional<String> note(long documentId, long userId) {
        return jdbc.sql("SELECT body FROM meeting_note WHERE document_id = :d AND user_id = :u")
                .param("d", documentId)
                .param("u", userId)
                .query(String.class)
                .optional();
    }

    public void saveNote(long documentId, long userId, String body) {
        jdbc.sql("INSERT INTO meeting_note (document_id, user_id, body) VALUES (:d, :u, :b)"
                        + " ON CONFLICT (document_id, user_id) DO UPDATE SET body = EXCLUDED.body, updated_at = now()")
                .param("d", documentId)
                .param("u", userId)
                .param("b", body)
                .update();
    }

    /**
     * Documents whose title or text has every word of the search (as a word or its beginning, diacritics ignored),
     * in the sessions the user may see ({@code userId} null: all), best match first.
     */
    public List<SearchHit> search(String search, @Nullable Long userId, int limit) {
        String tq = MeetingPdf.tsquery(search);
        if (tq.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT d.id, d.session_id, s.title, d.title, d.body_text
                  FROM meeting_document d JOIN meeting_session s ON s.id = d.session_id
                 WHERE d.words @@ to_tsquery('simple', :tq)
                   AND (CAST(:u AS bigint) IS NULL OR s.secretary_id = :u
                        OR EXISTS (SELECT 1 FROM meeting_attendee a WHERE a.session_id = s.id AND a.user_id = :u))
                 ORDER BY ts_rank(d.words, to_tsquery('simple', :tq)) DESC, s.starts_at DESC, d.id
                 LIMIT :limit""")
                .param("tq", tq)
                .param("u", userId)
                .param("limit", limit)
                .query((rs, i) -> new SearchHit(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        MeetingPdf.excerpt(rs.getString(5), search)))
                .list();
    }

    private static MeetingDocumentView document(ResultSet rs, int row) throws SQLException {
        long item = rs.getLong("item_id");
        Long itemId = rs.wasNull() ? null : item;
        return new MeetingDocumentView(
                rs.getLong("id"),
                rs.getLong("session_id"),
                itemId,
                rs.getString("title"),
                DocumentCategory.valueOf(rs.getString("category")),
                rs.getInt("version"),
                rs.getString("file_name"),
                rs.getInt("size_bytes"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
