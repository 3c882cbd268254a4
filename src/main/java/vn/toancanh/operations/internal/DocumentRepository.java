package vn.toancanh.operations.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.operations.DocumentDirection;
import vn.toancanh.operations.DocumentFilter;
import vn.toancanh.operations.DocumentStatus;
import vn.toancanh.operations.DocumentView;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.VietnameseText;

/** The documents registry, its status history and the attachments' text for full-text search. */
@Repository
public class DocumentRepository {

    private static final String COLUMNS = """
            d.id, d.code, d.direction, d.number, d.issued_on, d.received_on, d.counterpart, d.doc_type, d.summary,
            d.unit_id, d.handler, d.deadline, d.status, d.completed_on, d.digitally_signed, d.attachment_name,
            md5(d.attachment) AS attachment_digest""";
    private static final Map<String, String> SORTS =
            Map.of("issuedOn", "d.issued_on", "number", "d.number", "deadline", "d.deadline", "code", "d.code");
    /** The registry day: when an incoming document arrived, when an outgoing one was issued. */
    private static final String DAY = "COALESCE(d.received_on, d.issued_on)";
    /** Enough of an attachment's text to index; a longer text is stored in full but indexed this far. */
    private static final int INDEXED_CHARS = 300_000;

    /** A document as stored; {@code attachmentDigest} is the MD5 of its attachment, in hex. */
    public record Stored(
            long id,
            String code,
            DocumentDirection direction,
            String number,
            LocalDate issuedOn,
            @Nullable LocalDate receivedOn,
            String counterpart,
            String type,
            String summary,
            long unitId,
            @Nullable String handler,
            @Nullable LocalDate deadline,
            DocumentStatus status,
            @Nullable LocalDate completedOn,
            boolean digitallySigned,
            @Nullable String attachmentName,
            @Nullable String attachmentDigest)
            implements ImportByCode.Coded<Stored> {

        /** The same entry as {@code other}, as the e-office system would send it again. */
        @Override
        public boolean sameAs(Stored other) {
            return direction == other.direction
                    && number.equals(other.number)
                    && issuedOn.equals(other.issuedOn)
                    && Objects.equals(receivedOn, other.receivedOn)
                    && counterpart.equals(other.counterpart)
                    && type.equals(other.type)
                    && summary.equals(other.summary)
                    && unitId == other.unitId
                    && Objects.equals(handler, other.handler)
                    && Objects.equals(deadline, other.deadline)
                    && status == other.status
                    && Objects.equals(completedOn, other.completedOn)
                    && digitallySigned == other.digitallySigned
                    && (other.attachmentDigest == null
                            || (Objects.equals(attachmentName, other.attachmentName)
                                    && other.attachmentDigest.equals(attachmentDigest)));
        }
    }

    /** An attachment to write: its name, the PDF and the text read from it. */
    public record Attachment(String name, byte[] content, String text) {}

    /** A handling unit's figures for one month. */
    public record MonthFigures(
            long incoming, long outgoing, long outgoingSigned, long onTime, long late, long overdue) {}

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Stored> findByCodes(List<String> codes) {
        Map<String, Stored> out = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql("SELECT " + COLUMNS + " FROM office_document d WHERE d.code = ANY (CAST(:c AS text[]))")
                    .param("c", codes.toArray(String[]::new))
                    .query(DocumentRepository::map)
                    .list()
                    .forEach(d -> out.put(d.code(), d));
        }
        return out;
    }

    public Optional<Stored> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM office_document d WHERE d.code = :c")
                .param("c", code)
                .query(DocumentRepository::map)
                .optional();
    }

    public long insert(Stored d, @Nullable Attachment attachment, String user) {
        return jdbc.sql("""
                        INSERT INTO office_document (code, direction, number, issued_on, received_on, counterpart,
                                                     doc_type, summary, unit_id, handler, deadline, status,
                                                     completed_on, digitally_signed, attachment_name, attachment,
                                                     attachment_text, search, words, updated_by)
                        VALUES (:code, :direction, :number, :issued, :received, :counterpart, :type, :summary, :unit,
                                :handler, :deadline, :status, :done, :signed, :aname, :attachment, :atext, :search,
                                to_tsvector('simple', :words), :user)
                        RETURNING id""")
                .params(params(d, attachment))
                .param("user", user)
                .query(Long.class)
                .single();
    }

    /**
     * Writes what the e-office system sends; without a new attachment the stored one is kept, and {@code keptText}
     * (its text) is indexed again with the new summary.
     */
    public void update(long id, Stored d, @Nullable Attachment attachment, @Nullable String keptText, String user) {
        jdbc.sql("""
                UPDATE office_document SET direction = :direction, number = :number, issued_on = :issued,
                       received_on = :received, counterpart = :counterpart, doc_type = :type, summary = :summary,
                       unit_id = :unit, handler = :handler, deadline = :deadline, status = :status,
                       completed_on = :done, digitally_signed = :signed,
                       attachment_name = CASE WHEN :has THEN :aname ELSE attachment_name END,
                       attachment = CASE WHEN :has THEN :attachment ELSE attachment END,
                       attachment_text = CASE WHEN :has THEN :atext ELSE attachment_text END,
                       search = :search,
                       words = to_tsvector('simple', :words),
                       updated_at = now(), updated_by = :user
                WHERE id = :id""")
                .params(params(d, attachment))
                .param("words", words(d, attachment == null ? keptText : attachment.text()))
                .param("has", attachment != null)
                .param("id", id)
                .param("user", user)
                .update();
    }

    public void addEvent(long id, DocumentStatus status, String user) {
        jdbc.sql("INSERT INTO office_document_event (document_id, status, by_user) VALUES (:d, :s, :u)")
                .param("d", id)
                .param("s", status.name())
                .param("u", user)
                .update();
    }

    public List<DocumentView.Event> history(long id) {
        return jdbc.sql("""
                        SELECT status, at, by_user FROM office_document_event WHERE document_id = :d
                        ORDER BY at, id""")
                .param("d", id)
                .query((rs, n) -> new DocumentView.Event(
                        DocumentStatus.valueOf(rs.getString(1)),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3)))
                .list();
    }

    /** The attachment of a document: its name and bytes. */
    public Optional<Map.Entry<String, byte[]>> attachment(long id) {
        return jdbc.sql(
                        "SELECT attachment_name, attachment FROM office_document WHERE id = :d AND attachment IS NOT NULL")
                .param("d", id)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    /** The attachments' text of these documents, by id. */
    public Map<Long, String> attachmentTexts(List<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("""
                            SELECT id, attachment_text FROM office_document
                            WHERE id = ANY (CAST(:ids AS bigint[])) AND attachment_text IS NOT NULL""")
                    .param("ids", ids.toArray(Long[]::new))
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .list()
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    /**
     * A page of the documents handled by {@code unitIds} (null: all) that pass the filter and match every word of the
     * search — as a word (or its beginning) of the summary or the attachment, or as a part of the code, number or
     * counterpart; the best match first when searching, otherwise the newest.
     */
    public PageResult<Stored> page(
            PageQuery query, @Nullable List<Long> unitIds, DocumentFilter filter, LocalDate today) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> p = new HashMap<>();
        if (unitIds != null) {
            where.append(" AND d.unit_id = ANY (CAST(:units AS bigint[]))");
            p.put("units", unitIds.toArray(Long[]::new));
        }
        if (filter.direction() != null) {
            where.append(" AND d.direction = :direction");
            p.put("direction", filter.direction().name());
        }
        if (filter.status() != null) {
            where.append(" AND d.status = :status");
            p.put("status", filter.status().name());
        }
        if (filter.overdue()) {
            where.append(" AND d.completed_on IS NULL AND d.deadline < :today");
            p.put("today", Date.valueOf(today));
        }
        if (filter.signed() != null) {
            where.append(" AND d.digitally_signed = :signed");
            p.put("signed", filter.signed());
        }
        if (filter.month() != null) {
            Period month = Period.parse(filter.month()).orElseThrow();
            where.append(" AND " + DAY + " BETWEEN :from AND :to");
            p.put("from", Date.valueOf(month.startDate()));
            p.put("to", Date.valueOf(month.endDate()));
        }
        String tsquery = tsquery(query.search());
        if (!tsquery.isEmpty()) {
            where.append(" AND (d.words @@ to_tsquery('simple', :tq) OR d.search LIKE :like)");
            p.put("tq", tsquery);
            p.put("like", VietnameseText.containsPattern(query.search()));
        }
        long total = jdbc.sql("SELECT count(*) FROM office_document d" + where)
                .params(p)
                .query(Long.class)
                .single();
        String order;
        if (!query.sort().isEmpty()) {
            order = SORTS.getOrDefault(query.sort(), "d.issued_on") + (query.descending() ? " DESC" : " ASC");
        } else if (!tsquery.isEmpty()) {
            order = "ts_rank(d.words, to_tsquery('simple', :tq)) DESC, " + DAY + " DESC";
        } else {
            order = DAY + " DESC";
        }
        List<Stored> items = new ArrayList<>(jdbc.sql("SELECT " + COLUMNS + " FROM office_document d" + where
                        + " ORDER BY " + order + ", d.id DESC LIMIT :limit OFFSET :offset")
                .params(p)
                .param("limit", query.pageSize())
                .param("offset", query.offset())
                .query(DocumentRepository::map)
                .list());
        return new PageResult<>(items, query.page(), query.pageSize(), total);
    }

    /** The words of a search, folded, each matching a word that begins with it: {@code ha:* & noi:*}. */
    static String tsquery(String search) {
        List<String> words = new ArrayList<>();
        for (String w : VietnameseText.fold(search).split("[^a-z0-9]+")) {
            if (!w.isEmpty() && words.size() < 8) {
                words.add(w + ":*");
            }
        }
        return String.join(" & ", words);
    }

    /**
     * A handling unit's figures for the month [{@code start}, {@code end}]: incoming registered, outgoing issued (and
     * of them digitally signed), handled in it on or before their deadline or after it, open past their deadline at
     * its end ({@code asOf}: the month's end or today).
     */
    public MonthFigures month(long unitId, LocalDate start, LocalDate end, LocalDate asOf) {
        return jdbc.sql("""
                        SELECT
                          count(*) FILTER (WHERE d.direction = 'INCOMING' AND %1$s BETWEEN :start AND :end),
                          count(*) FILTER (WHERE d.direction = 'OUTGOING' AND %1$s BETWEEN :start AND :end),
                          count(*) FILTER (WHERE d.direction = 'OUTGOING' AND %1$s BETWEEN :start AND :end
                                             AND d.digitally_signed),
                          count(*) FILTER (WHERE d.deadline IS NOT NULL AND d.completed_on BETWEEN :start AND :end
                                             AND d.completed_on <= d.deadline),
                          count(*) FILTER (WHERE d.deadline IS NOT NULL AND d.completed_on BETWEEN :start AND :end
                                             AND d.completed_on > d.deadline),
                          count(*) FILTER (WHERE d.deadline < :asof AND %1$s <= :asof
                                             AND (d.completed_on IS NULL OR d.completed_on > :asof))
                        FROM office_document d WHERE d.unit_id = :unit""".formatted(DAY))
                .param("unit", unitId)
                .param("start", Date.valueOf(start))
                .param("end", Date.valueOf(end))
                .param("asof", Date.valueOf(asOf))
                .query((rs, n) -> new MonthFigures(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .single();
    }

    private static Map<String, Object> params(Stored d, @Nullable Attachment attachment) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", d.code());
        p.put("direction", d.direction().name());
        p.put("number", d.number());
        p.put("issued", Date.valueOf(d.issuedOn()));
        p.put("received", d.receivedOn() == null ? null : Date.valueOf(d.receivedOn()));
        p.put("counterpart", d.counterpart());
        p.put("type", d.type());
        p.put("summary", d.summary());
        p.put("unit", d.unitId());
        p.put("handler", d.handler());
        p.put("deadline", d.deadline() == null ? null : Date.valueOf(d.deadline()));
        p.put("status", d.status().name());
        p.put("done", d.completedOn() == null ? null : Date.valueOf(d.completedOn()));
        p.put("signed", d.digitallySigned());
        p.put("aname", attachment == null ? null : attachment.name());
        p.put("attachment", attachment == null ? null : attachment.content());
        p.put("atext", attachment == null ? null : attachment.text());
        p.put("search", VietnameseText.fold(d.code() + " " + d.number() + " " + d.counterpart()));
        p.put("words", words(d, attachment == null ? null : attachment.text()));
        return p;
    }

    private static String words(Stored d, @Nullable String attachmentText) {
        String text = attachmentText == null ? "" : attachmentText;
        return VietnameseText.fold(d.summary() + " " + d.type() + " " + d.counterpart() + " "
                + text.substring(0, Math.min(text.length(), INDEXED_CHARS)));
    }

    private static Stored map(ResultSet rs, int n) throws SQLException {
        Date received = rs.getDate("received_on");
        Date deadline = rs.getDate("deadline");
        Date done = rs.getDate("completed_on");
        return new Stored(
                rs.getLong("id"),
                rs.getString("code"),
                DocumentDirection.valueOf(rs.getString("direction")),
                rs.getString("number"),
                rs.getDate("issued_on").toLocalDate(),
                received == null ? null : received.toLocalDate(),
                rs.getString("counterpart"),
                rs.getString("doc_type"),
                rs.getString("summary"),
                rs.getLong("unit_id"),
                rs.getString("handler"),
                deadline == null ? null : deadline.toLocalDate(),
                DocumentStatus.valueOf(rs.getString("status")),
                done == null ? null : done.toLocalDate(),
                rs.getBoolean("digitally_signed"),
                rs.getString("attachment_name"),
                rs.getString("attachment_digest"));
    }
}
