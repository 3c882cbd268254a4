package vn.toancanh.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.reports.ExportJobView;
import vn.toancanh.shared.FileFormat;

/** Export jobs and their finished files. */
@Repository
public class ExportJobRepository {

    private static final String COLUMNS = """
            id, username, title, format, status, total_rows, done_rows, error, file_name, size_bytes, created_at,
            started_at, finished_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ExportJobRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void insert(UUID id, String username, String title, FileFormat format, String queryJson) {
        jdbc.sql("""
                INSERT INTO export_job (id, username, title, format, query, status)
                VALUES (:id, :u, :t, :f, CAST(:q AS jsonb), 'QUEUED')""")
                .param("id", id)
                .param("u", username)
                .param("t", title)
                .param("f", format.name())
                .param("q", queryJson)
                .update();
    }

    void started(UUID id, long totalRows) {
        jdbc.sql("UPDATE export_job SET status = 'RUNNING', total_rows = :t, started_at = now() WHERE id = :id")
                .param("id", id)
                .param("t", totalRows)
                .update();
    }

    void progress(UUID id, long doneRows) {
        jdbc.sql("UPDATE export_job SET done_rows = :d WHERE id = :id")
                .param("id", id)
                .param("d", doneRows)
                .update();
    }

    /** Stores the finished file (streamed from disk) and marks the job done. */
    void finished(UUID id, long doneRows, String fileName, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            template.update("""
                    UPDATE export_job SET status = 'DONE', done_rows = ?, file_name = ?, content = ?, size_bytes = ?,
                                          finished_at = now()
                    WHERE id = ?""", ps -> {
                ps.setLong(1, doneRows);
                ps.setString(2, fileName);
                ps.setBinaryStream(3, in, size);
                ps.setLong(4, size);
                ps.setObject(5, id);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void failed(UUID id, String error) {
        jdbc.sql("UPDATE export_job SET status = 'FAILED', error = :e, finished_at = now() WHERE id = :id")
                .param("id", id)
                .param("e", error)
                .update();
    }

    public Optional<ExportJobView> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM export_job WHERE id = :id")
                .param("id", id)
                .query(ExportJobRepository::view)
                .optional();
    }

    public List<ExportJobView> recent(String username, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM export_job WHERE username = :u ORDER BY created_at DESC LIMIT :n")
                .param("u", username)
                .param("n", limit)
                .query(ExportJobRepository::view)
                .list();
    }

    /** Copies a finished job's file to {@code out}; false when it has none. */
    public boolean copyContent(UUID id, OutputStream out) {
        Boolean copied = template.query(
                "SELECT content FROM export_job WHERE id = ? AND status = 'DONE'",
                rs -> {
                    if (!rs.next()) {
                        return false;
                    }
                    try (InputStream in = rs.getBinaryStream(1)) {
                        if (in == null) {
                            return false;
                        }
                        in.transferTo(out);
                        return true;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                id);
        return Boolean.TRUE.equals(copied);
    }

    /** Jobs created before {@code before}, with their files. */
    int deleteOlderThan(Instant before) {
        return jdbc.sql("DELETE FROM export_job WHERE created_at < :b")
                .param("b", Timestamp.from(before))
                .update();
    }

    /** Jobs created before {@code before} and still queued or running: left by a stopped instance. */
    int failAbandoned(Instant before) {
        return jdbc.sql("""
                UPDATE export_job SET status = 'FAILED', error = 'interrupted', finished_at = now()
                WHERE status IN ('QUEUED', 'RUNNING') AND created_at < :b""").param("b", Timestamp.from(before)).update();
    }

    private static ExportJobView view(ResultSet rs, int row) throws SQLException {
        return new ExportJobView(
                rs.getString("id"),
                rs.getString("username"),
                rs.getString("title"),
                FileFormat.valueOf(rs.getString("format")),
                ExportJobView.Status.valueOf(rs.getString("status")),
                (Long) rs.getObject("total_rows"),
                rs.getLong("done_rows"),
                rs.getString("error"),
                rs.getString("file_name"),
                (Long) rs.getObject("size_bytes"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
