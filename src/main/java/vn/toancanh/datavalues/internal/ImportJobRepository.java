package vn.toancanh.datavalues.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.datavalues.ImportJobView;
import vn.toancanh.datavalues.ImportSummary;

/** import_job rows: state, progress and the summary as JSON. */
@Repository
class ImportJobRepository {

    static final String KIND = "DATA_VALUE_SET";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportJobRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID id, String username, int totalRows) {
        jdbc.sql("INSERT INTO import_job (id, kind, username, status, total_rows) VALUES (:id, :k, :u, 'QUEUED', :t)")
                .param("id", id)
                .param("k", KIND)
                .param("u", username)
                .param("t", totalRows)
                .update();
    }

    void progress(UUID id, String status, int done) {
        jdbc.sql("UPDATE import_job SET status = :s, done_rows = :d WHERE id = :id")
                .param("s", status)
                .param("d", done)
                .param("id", id)
                .update();
    }

    void complete(UUID id, ImportSummary summary) {
        jdbc.sql("""
                UPDATE import_job SET status = 'COMPLETED', done_rows = total_rows, summary = :s, finished_at = now()
                WHERE id = :id""")
                .param("s", json.writeValueAsString(summary))
                .param("id", id)
                .update();
    }

    void fail(UUID id, String error) {
        jdbc.sql("UPDATE import_job SET status = 'FAILED', error = :e, finished_at = now() WHERE id = :id")
                .param("e", error)
                .param("id", id)
                .update();
    }

    Optional<ImportJobView> find(UUID id) {
        return jdbc.sql("SELECT * FROM import_job WHERE id = :id AND kind = :k")
                .param("id", id)
                .param("k", KIND)
                .query(this::view)
                .optional();
    }

    private ImportJobView view(ResultSet rs, int n) throws SQLException {
        String summary = rs.getString("summary");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJobView(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                ImportJobView.Status.valueOf(rs.getString("status")),
                rs.getInt("total_rows"),
                rs.getInt("done_rows"),
                summary == null ? null : json.readValue(summary, ImportSummary.class),
                rs.getString("error"),
                rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    static @Nullable String shorten(@Nullable String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }
}
