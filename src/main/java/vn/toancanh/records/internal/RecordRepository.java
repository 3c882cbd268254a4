package vn.toancanh.records.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.records.OcrStatus;
import vn.toancanh.records.RecordTypeView;
import vn.toancanh.records.RecordView;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.VietnameseText;

/** Records, their files and their pages' text, with full-text search over metadata and pages. */
@Repository
public class RecordRepository {

    private static final String COLUMNS = """
            r.id, r.code, r.title, r.type_code, r.unit_id, r.subject_name, r.date_from, r.date_to, r.retention,
            r.sharing, r.page_count, r.ocr_status, r.ocr_pages, r.ocr_done, r.ocr_error, r.created_at, r.created_by""";
    private static final Map<String, String> SORTS =
            Map.of("dateFrom", "r.date_from", "code", "r.code", "title", "r.title", "createdAt", "r.created_at");

    /** A record as stored. */
    public record Stored(
            long id,
            String code,
            String title,
            String type,
            long unitId,
            @Nullable String subjectName,
            LocalDate dateFrom,
            @Nullable LocalDate dateTo,
            String retention,
            SharingLevel sharing,
            int pageCount,
            OcrStatus ocrStatus,
            int ocrPages,
            int ocrDone,
            @Nullable String ocrError,
            Instant createdAt,
            String createdBy) {}

    /** A stored file with its bytes. */
    public record StoredFile(long id, int position, String name, String mediaType, int pageCount, byte[] content) {}

    /** Who reads what: {@code units} null for every record, otherwise those units' and others' shared ones. */
    public record Visibility(@Nullable List<Long> units, boolean shared) {}

    private final JdbcClient jdbc;

    RecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RecordTypeView> types() {
        return jdbc.sql("SELECT code, name, name_en, feeds_item FROM archive_record_type ORDER BY name")
                .query((rs, n) ->
                        new RecordTypeView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public Optional<Stored> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM archive_record r WHERE r.code = :c")
                .param("c", code)
                .query(RecordRepository::map)
                .optional();
    }

    public List<String> existingCodes(List<String> codes) {
        return jdbc.sql("SELECT code FROM archive_record WHERE code = ANY (CAST(:c AS text[]))")
                .param("c", codes.toArray(String[]::new))
                .query(String.class)
                .list();
    }

    public long insert(Stored r, String typeName, OcrStatus status, int ocrPages) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", r.code());
        p.put("title", r.title());
        p.put("type", r.type());
        p.put("unit", r.unitId());
        p.put("subject", r.subjectName());
        p.put("from", Date.valueOf(r.dateFrom()));
        p.put("to", r.dateTo() == null ? null : Date.valueOf(r.dateTo()));
        p.put("retention", r.retention());
        p.put("sharing", r.sharing().name());
        p.put("pages", r.pageCount());
        p.put("status", status.name());
        p.put("ocrPages", ocrPages);
        p.put("search", VietnameseText.fold(r.code() + " " + r.title()));
        p.put("subjectSearch", VietnameseText.fold(r.subjectName() == null ? "" : r.subjectName()));
        p.put("words", VietnameseText.fold(r.title() + " " + typeName + " " + r.retention()));
        p.put("user", r.createdBy());
        return jdbc.sql("""
                        INSERT INTO archive_record (code, title, type_code, unit_id, subject_name, date_from, date_to,
                                                    retention, sharing, page_count, ocr_status, ocr_pages, search,
                                                    subject_search, words, created_by)
                        VALUES (:code, :title, :type, :unit, :subject, :from, :to, :retention, :sharing, :pages,
                                :status, :ocrPages, :search, :subjectSearch, to_tsvector('simple', :words), :user)
                        RETURNING id""").params(p).query(Long.class).single();
    }

    public long insertFile(long recordId, int position, String name, String mediaType, int pages, byte[] content) {
        return jdbc.sql("""
                        INSERT INTO archive_file (record_id, position, name, media_type, size_bytes, page_count, content)
                        VALUES (:r, :pos, :name, :type, :size, :pages, :content) RETURNING id""")
                .param("r", recordId)
                .param("pos", position)
                .param("name", name)
                .param("type", mediaType)
                .param("size", (long) content.length)
                .param("pages", pages)
                .param("content", content)
                .query(Long.class)
                .single();
    }

    public List<RecordView.FileView> files(long recordId) {
        return jdbc.sql("""
                        SELECT position, name, media_type, size_bytes, page_count FROM archive_file
                        WHERE record_id = :r ORDER BY position""")
                .param("r", recordId)
                .query((rs, n) -> new RecordView.FileView(
                        rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5)))
                .list();
    }

    public Optional<StoredFile> file(long recordId, int position) {
        return jdbc.sql("""
                        SELECT id, position, name, media_type, page_count, content FROM archive_file
                        WHERE record_id = :r AND position = :p""")
                .param("r", recordId)
                .param("p", position)
                .query(RecordRepository::mapFile)
                .optional();
    }

    public List<StoredFile> filesWithContent(long recordId) {
        return jdbc.sql("""
                        SELECT id, position, name, media_type, page_count, content FROM archive_file
                        WHERE record_id = :r ORDER BY position""")
                .param("r", recordId)
                .query(RecordRepository::mapFile)
                .list();
    }

    public List<RecordView.PageView> pages(long recordId) {
        return jdbc.sql("""
                        SELECT f.position, p.page_no, p.source, p.text FROM archive_page p
                        JOIN archive_file f ON f.id = p.file_id WHERE p.record_id = :r ORDER BY f.position, p.page_no""")
                .param("r", recordId)
                .query((rs, n) -> new RecordView.PageView(
                        rs.getInt(1), rs.getInt(2), rs.getString(3).equals("OCR"), rs.getString(4)))
                .list();
    }

    /** The page numbers of a file already read. */
    public List<Integer> pagesRead(long fileId) {
        return jdbc.sql("SELECT page_no FROM archive_page WHERE file_id = :f")
                .param("f", fileId)
                .query(Integer.class)
                .list();
    }

    /** Stores one page's text and moves the record's progress on (and its lease, so no other instance takes it). */
    public void savePage(long recordId, long fileId, int pageNo, boolean ocr, String text, long millis) {
        jdbc.sql("""
                        INSERT INTO archive_page (record_id, file_id, page_no, source, text, words, millis)
                        VALUES (:r, :f, :n, :s, :t, to_tsvector('simple', :w), :ms)
                        ON CONFLICT (file_id, page_no) DO NOTHING""")
                .param("r", recordId)
                .param("f", fileId)
                .param("n", pageNo)
                .param("s", ocr ? "OCR" : "TEXT")
                .param("t", text)
                .param("w", VietnameseText.fold(text))
                .param("ms", (int) Math.min(Integer.MAX_VALUE, millis))
                .update();
        jdbc.sql("""
                        UPDATE archive_record SET ocr_claimed_at = now(),
                               ocr_done = (SELECT count(*) FROM archive_page WHERE record_id = :r) WHERE id = :r""").param("r", recordId).update();
    }

    /**
     * Takes the oldest queued record, or one left running longer than {@code lease} (its instance stopped), for this
     * instance: marks it running and returns its id.
     */
    public Optional<Long> claim(Duration lease) {
        return jdbc.sql("""
                        UPDATE archive_record SET ocr_status = 'RUNNING', ocr_claimed_at = now()
                        WHERE id = (SELECT id FROM archive_record
                                    WHERE ocr_status = 'QUEUED'
                                       OR (ocr_status = 'RUNNING' AND ocr_claimed_at < now() - make_interval(secs => :s))
                                    ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING id""")
                .param("s", (double) lease.toSeconds())
                .query(Long.class)
                .optional();
    }

    /** Records this instance was reading when it stopped: queued again at start-up. */
    public int requeueRunning() {
        return jdbc.sql("UPDATE archive_record SET ocr_status = 'QUEUED' WHERE ocr_status = 'RUNNING'")
                .update();
    }

    public int requeueWaiting() {
        return jdbc.sql("UPDATE archive_record SET ocr_status = 'QUEUED' WHERE ocr_status = 'WAITING'")
                .update();
    }

    public void finish(long recordId, OcrStatus status, @Nullable String error) {
        jdbc.sql("UPDATE archive_record SET ocr_status = :s, ocr_error = :e, ocr_claimed_at = NULL WHERE id = :r")
                .param("s", status.name())
                .param("e", error == null ? null : error.substring(0, Math.min(error.length(), 500)))
                .param("r", recordId)
                .update();
    }

    public Optional<String> codeOf(long recordId) {
        return jdbc.sql("SELECT code FROM archive_record WHERE id = :r")
                .param("r", recordId)
                .query(String.class)
                .optional();
    }

    public Map<OcrStatus, Long> counts() {
        Map<OcrStatus, Long> out = new EnumMap<>(OcrStatus.class);
        for (OcrStatus s : OcrStatus.values()) {
            out.put(s, 0L);
        }
        jdbc.sql("SELECT ocr_status, count(*) FROM archive_record GROUP BY ocr_status")
                .query((rs, n) -> Map.entry(OcrStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public List<Stored> queue(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM archive_record r WHERE r.ocr_status IN ('QUEUED', 'RUNNING', 'WAITING', 'FAILED')
                        ORDER BY CASE r.ocr_status WHEN 'RUNNING' THEN 0 WHEN 'QUEUED' THEN 1 ELSE 2 END, r.id
                        LIMIT :l""")
                .param("l", limit)
                .query(RecordRepository::map)
                .list();
    }

    /** The records of a type owned by a unit whose start date falls in [from, to]. */
    public long count(String type, long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT count(*) FROM archive_record
                        WHERE type_code = :t AND unit_id = :u AND date_from BETWEEN :from AND :to""")
                .param("t", type)
                .param("u", unitId)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query(Long.class)
                .single();
    }

    /** For each record, the text of its first page that matches the search. */
    public Map<Long, String> matchingPages(List<Long> ids, String tsquery) {
        Map<Long, String> out = new HashMap<>();
        if (!ids.isEmpty() && !tsquery.isEmpty()) {
            jdbc.sql("""
                            SELECT DISTINCT ON (record_id) record_id, text FROM archive_page
                            WHERE record_id = ANY (CAST(:ids AS bigint[])) AND words @@ to_tsquery('simple', :tq)
                            ORDER BY record_id, file_id, page_no""")
                    .param("ids", ids.toArray(Long[]::new))
                    .param("tq", tsquery)
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .list()
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    /**
     * A page of the records visible, within {@code units} (null: any), of the type, period and status asked for,
     * matching every word of the search in the metadata or a page's text; the best match first when searching.
     */
    public PageResult<Stored> page(
            PageQuery query,
            Visibility visibility,
            @Nullable List<Long> units,
            @Nullable String type,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable OcrStatus status) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> p = new HashMap<>();
        String own = "true";
        if (visibility.units() != null) {
            own = "r.unit_id = ANY (CAST(:own AS bigint[]))";
            p.put("own", visibility.units().toArray(Long[]::new));
            where.append(" AND (").append(own);
            if (visibility.shared()) {
                where.append(" OR r.sharing IN ('PUBLIC', 'INTERNAL')");
            }
            where.append(")");
        }
        if (units != null) {
            where.append(" AND r.unit_id = ANY (CAST(:units AS bigint[]))");
            p.put("units", units.toArray(Long[]::new));
        }
        if (type != null) {
            where.append(" AND r.type_code = :type");
            p.put("type", type);
        }
        if (from != null && to != null) {
            where.append(" AND r.date_from BETWEEN :from AND :to");
            p.put("from", Date.valueOf(from));
            p.put("to", Date.valueOf(to));
        }
        if (status != null) {
            where.append(" AND r.ocr_status = :status");
            p.put("status", status.name());
        }
        String tq = tsquery(query.search());
        String rank = "";
        if (!tq.isEmpty()) {
            where.append(" AND (r.words @@ to_tsquery('simple', :tq) OR r.search LIKE :like OR (")
                    .append(own)
                    .append(" AND r.subject_search LIKE :like) OR EXISTS (SELECT 1 FROM archive_page pg")
                    .append(" WHERE pg.record_id = r.id AND pg.words @@ to_tsquery('simple', :tq)))");
            p.put("tq", tq);
            p.put("like", VietnameseText.containsPattern(query.search()));
            rank = "ts_rank(r.words, to_tsquery('simple', :tq)) DESC, ";
        }
        long total = jdbc.sql("SELECT count(*) FROM archive_record r" + where)
                .params(p)
                .query(Long.class)
                .single();
        String order = query.sort().isEmpty()
                ? rank + "r.date_from DESC"
                : SORTS.getOrDefault(query.sort(), "r.date_from") + (query.descending() ? " DESC" : " ASC");
        List<Stored> items = new ArrayList<>(jdbc.sql("SELECT " + COLUMNS + " FROM archive_record r" + where
                        + " ORDER BY " + order + ", r.id DESC LIMIT :limit OFFSET :offset")
                .params(p)
                .param("limit", query.pageSize())
                .param("offset", query.offset())
                .query(RecordRepository::map)
                .list());
        return new PageResult<>(items, query.page(), query.pageSize(), total);
    }

    /** The words of a search, folded, each matching a word that begins with it: {@code ho:* & ngheo:*}. */
    public static String tsquery(String search) {
        List<String> words = new ArrayList<>();
        for (String w : VietnameseText.fold(search).split("[^a-z0-9]+")) {
            if (!w.isEmpty() && words.size() < 8) {
                words.add(w + ":*");
            }
        }
        return String.join(" & ", words);
    }

    private static StoredFile mapFile(ResultSet rs, int n) throws SQLException {
        return new StoredFile(
                rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getBytes(6));
    }

    private static Stored map(ResultSet rs, int n) throws SQLException {
        Date to = rs.getDate("date_to");
        return new Stored(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("type_code"),
                rs.getLong("unit_id"),
                rs.getString("subject_name"),
                rs.getDate("date_from").toLocalDate(),
                to == null ? null : to.toLocalDate(),
                rs.getString("retention"),
                SharingLevel.valueOf(rs.getString("sharing")),
                rs.getInt("page_count"),
                OcrStatus.valueOf(rs.getString("ocr_status")),
                rs.getInt("ocr_pages"),
                rs.getInt("ocr_done"),
                rs.getString("ocr_error"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
