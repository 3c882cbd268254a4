package vn.toancanh.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.reports.LibraryEntry;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.VietnameseText;

/** The report library: each generated aggregate report with its two files. */
@Repository
public class ReportLibraryRepository {

    private static final String COLUMNS = """
            l.id, t.code, t.name, l.template_version, l.title, l.period, l.trigger, l.generated_by, l.generated_at,
            octet_length(l.xlsx) AS xlsx_bytes, octet_length(l.pdf) AS pdf_bytes, l.recipients, l.sent_at,
            l.send_error""";
    private static final Map<String, String> SORTS =
            Map.of("generatedAt", "l.generated_at", "period", "l.period", "template", "t.code", "title", "l.title");

    private final JdbcClient jdbc;

    ReportLibraryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a generated report; for a scheduled one, empty when that period's report was already issued (by this
     * or another instance), so a schedule issues it once.
     */
    public Optional<Long> insert(
            long templateId,
            int templateVersion,
            String title,
            String period,
            boolean scheduled,
            String username,
            byte[] xlsx,
            byte[] pdf) {
        return jdbc.sql("""
                        INSERT INTO report_library (template_id, template_version, title, search, period, trigger,
                                                    generated_by, xlsx, pdf)
                        VALUES (:t, :v, :title, :search, :p, :trigger, :u, :xlsx, :pdf)
                        ON CONFLICT DO NOTHING
                        RETURNING id""")
                .param("t", templateId)
                .param("v", templateVersion)
                .param("title", title)
                .param("search", VietnameseText.fold(title))
                .param("p", period)
                .param("trigger", scheduled ? "SCHEDULED" : "MANUAL")
                .param("u", username)
                .param("xlsx", xlsx)
                .param("pdf", pdf)
                .query(Long.class)
                .optional();
    }

    public boolean scheduledExists(long templateId, String period) {
        return jdbc.sql("""
                        SELECT count(*) FROM report_library
                        WHERE template_id = :t AND period = :p AND trigger = 'SCHEDULED'""")
                        .param("t", templateId)
                        .param("p", period)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void sent(long id, int recipients, @Nullable String error) {
        jdbc.sql("UPDATE report_library SET recipients = :r, sent_at = now(), send_error = :e WHERE id = :id")
                .param("id", id)
                .param("r", recipients)
                .param("e", error)
                .update();
    }

    public Optional<LibraryEntry> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM report_library l JOIN report_template t ON t.id = l.template_id WHERE l.id = :id")
                .param("id", id)
                .query(ReportLibraryRepository::map)
                .optional();
    }

    /** The file's bytes; {@code pdf} false for the workbook. */
    public Optional<byte[]> file(long id, boolean pdf) {
        return jdbc.sql("SELECT " + (pdf ? "pdf" : "xlsx") + " FROM report_library WHERE id = :id")
                .param("id", id)
                .query(byte[].class)
                .optional();
    }

    /**
     * A page of the library, newest first unless sorted otherwise, narrowed to a template, a period, the words of a
     * search found in the title (without diacritics, as people type) and, unless null, to the templates of {@code readableUnits}.
     */
    public PageResult<LibraryEntry> page(
            PageQuery query,
            @Nullable String templateCode,
            @Nullable String period,
            @Nullable List<Long> readableUnits) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> p = new HashMap<>();
        if (readableUnits != null) {
            where.append(" AND t.unit_id = ANY (CAST(:units AS bigint[]))");
            p.put("units", readableUnits.toArray(Long[]::new));
        }
        if (templateCode != null && !templateCode.isBlank()) {
            where.append(" AND t.code = :code");
            p.put("code", templateCode.strip());
        }
        if (period != null && !period.isBlank()) {
            where.append(" AND l.period = :period");
            p.put("period", period.strip());
        }
        // every word, anywhere: "kinh te xa hoi" finds "kinh tế - xã hội"
        String[] words = VietnameseText.fold(query.search()).split(" ");
        for (int i = 0; i < words.length && i < 8; i++) {
            if (!words[i].isEmpty()) {
                where.append(" AND l.search LIKE :q").append(i);
                p.put("q" + i, VietnameseText.containsPattern(words[i]));
            }
        }
        String from = " FROM report_library l JOIN report_template t ON t.id = l.template_id";
        long total = jdbc.sql("SELECT count(*)" + from + where)
                .params(p)
                .query(Long.class)
                .single();
        String order = SORTS.getOrDefault(query.sort(), "l.generated_at");
        boolean descending = query.sort().isEmpty() || query.descending();
        List<LibraryEntry> items = new ArrayList<>(jdbc.sql("SELECT " + COLUMNS + from + where + " ORDER BY " + order
                        + (descending ? " DESC" : " ASC") + ", l.id DESC LIMIT :limit OFFSET :offset")
                .params(p)
                .param("limit", query.pageSize())
                .param("offset", query.offset())
                .query(ReportLibraryRepository::map)
                .list());
        return new PageResult<>(items, query.page(), query.pageSize(), total);
    }

    private static LibraryEntry map(ResultSet rs, int n) throws SQLException {
        String period = rs.getString("period");
        Timestamp sent = rs.getTimestamp("sent_at");
        return new LibraryEntry(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getInt("template_version"),
                rs.getString("title"),
                period,
                Period.parse(period).map(Period::labelVi).orElse(period),
                "SCHEDULED".equals(rs.getString("trigger")),
                rs.getString("generated_by"),
                rs.getTimestamp("generated_at").toInstant(),
                rs.getLong("xlsx_bytes"),
                rs.getLong("pdf_bytes"),
                rs.getInt("recipients"),
                sent == null ? null : sent.toInstant(),
                rs.getString("send_error"));
    }
}
