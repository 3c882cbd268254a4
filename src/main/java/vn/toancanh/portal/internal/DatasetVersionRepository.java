package vn.toancanh.portal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The frozen dataset versions: written once, never updated. */
@Repository
class DatasetVersionRepository {

    private static final String COLUMNS =
            "dataset_code, version, title, published_at, published_by, row_count, sha256, note";

    private final JdbcClient jdbc;

    DatasetVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises publishing of one dataset across instances until the transaction ends. */
    void lock(String code) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('portal_dataset_version:' || :c))")
                .param("c", code)
                .query()
                .singleValue();
    }

    Optional<DatasetVersionView> latest(String code) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM portal_dataset_version WHERE dataset_code = :c ORDER BY version DESC LIMIT 1")
                .param("c", code)
                .query(DatasetVersionRepository::map)
                .optional();
    }

    Optional<DatasetVersionView> find(String code, int version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM portal_dataset_version WHERE dataset_code = :c AND version = :v")
                .param("c", code)
                .param("v", version)
                .query(DatasetVersionRepository::map)
                .optional();
    }

    Optional<byte[]> content(String code, int version) {
        return jdbc.sql("SELECT content FROM portal_dataset_version WHERE dataset_code = :c AND version = :v")
                .param("c", code)
                .param("v", version)
                .query(byte[].class)
                .optional();
    }

    /** Newest first. */
    List<DatasetVersionView> page(String code, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM portal_dataset_version WHERE dataset_code = :c"
                        + " ORDER BY version DESC OFFSET :o LIMIT :l")
                .param("c", code)
                .param("o", offset)
                .param("l", limit)
                .query(DatasetVersionRepository::map)
                .list();
    }

    long count(String code) {
        return jdbc.sql("SELECT count(*) FROM portal_dataset_version WHERE dataset_code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    /** Every version of these datasets, newest first per dataset. */
    List<DatasetVersionView> all(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM portal_dataset_version WHERE dataset_code IN (:c)"
                        + " ORDER BY dataset_code, version DESC")
                .param("c", codes)
                .query(DatasetVersionRepository::map)
                .list();
    }

    DatasetVersionView insert(
            String code, String title, String by, int rows, String sha256, byte[] content, @Nullable String note) {
        return jdbc.sql("""
                INSERT INTO portal_dataset_version
                       (dataset_code, version, title, published_by, row_count, sha256, content, note)
                VALUES (:c, (SELECT coalesce(max(version), 0) + 1 FROM portal_dataset_version WHERE dataset_code = :c),
                        :t, :by, :r, :h, :content, :n)
                RETURNING\s""" + COLUMNS)
                .param("c", code)
                .param("t", title)
                .param("by", by)
                .param("r", rows)
                .param("h", sha256)
                .param("content", content)
                .param("n", note)
                .query(DatasetVersionRepository::map)
                .single();
    }

    private static DatasetVersionView map(ResultSet rs, int row) throws SQLException {
        return new DatasetVersionView(
                rs.getString("dataset_code"),
                rs.getInt("version"),
                rs.getString("title"),
                rs.getTimestamp("published_at").toInstant(),
                rs.getString("published_by"),
                rs.getInt("row_count"),
                rs.getString("sha256"),
                rs.getString("note"));
    }
}
