package vn.toancanh.reporting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consolidations districts have sent, with their frozen figures. */
@Repository
public class ConsolidationRepository {

    public record Stored(String snapshot, int included, int missing, Instant submittedAt, String submittedBy) {}

    private final JdbcClient jdbc;

    ConsolidationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Stored> find(long formId, long unitId, String period) {
        return jdbc.sql("""
                SELECT snapshot::text, included, missing, submitted_at, submitted_by FROM report_consolidation
                WHERE form_id = :f AND unit_id = :u AND period = :p""")
                .param("f", formId)
                .param("u", unitId)
                .param("p", period)
                .query((rs, i) -> new Stored(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .optional();
    }

    /** Stores (or replaces, when sent again) the consolidation; true when it replaced an earlier one. */
    public boolean save(
            long formId,
            long unitId,
            String period,
            String snapshot,
            int included,
            int missing,
            String username,
            Instant at) {
        boolean existed = find(formId, unitId, period).isPresent();
        jdbc.sql("""
                INSERT INTO report_consolidation (form_id, unit_id, period, snapshot, included, missing, submitted_at,
                                                  submitted_by)
                VALUES (:f, :u, :p, CAST(:s AS jsonb), :i, :m, :at, :by)
                ON CONFLICT (form_id, unit_id, period) DO UPDATE
                SET snapshot = EXCLUDED.snapshot, included = EXCLUDED.included, missing = EXCLUDED.missing,
                    submitted_at = EXCLUDED.submitted_at, submitted_by = EXCLUDED.submitted_by""")
                .param("f", formId)
                .param("u", unitId)
                .param("p", period)
                .param("s", snapshot)
                .param("i", included)
                .param("m", missing)
                .param("at", Timestamp.from(at))
                .param("by", username)
                .update();
        return existed;
    }

    /** A stored mapping: the source form and its lines as JSON. */
    public record StoredMapping(long sourceFormId, String lines, Instant updatedAt, String updatedBy) {}

    public Optional<StoredMapping> mapping(long targetFormId) {
        return jdbc.sql("""
                SELECT source_form_id, lines::text, updated_at, updated_by FROM report_form_mapping
                WHERE target_form_id = :t""")
                .param("t", targetFormId)
                .query((rs, i) -> new StoredMapping(
                        rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .optional();
    }

    public void saveMapping(long targetFormId, long sourceFormId, String linesJson, String username) {
        jdbc.sql("""
                INSERT INTO report_form_mapping (target_form_id, source_form_id, lines, updated_by)
                VALUES (:t, :s, CAST(:l AS jsonb), :u)
                ON CONFLICT (target_form_id) DO UPDATE
                SET source_form_id = EXCLUDED.source_form_id, lines = EXCLUDED.lines, updated_at = now(),
                    updated_by = EXCLUDED.updated_by""")
                .param("t", targetFormId)
                .param("s", sourceFormId)
                .param("l", linesJson)
                .param("u", username)
                .update();
    }

    /** Removes the mapping; true when there was one. */
    public boolean deleteMapping(long targetFormId) {
        return jdbc.sql("DELETE FROM report_form_mapping WHERE target_form_id = :t")
                        .param("t", targetFormId)
                        .update()
                == 1;
    }
}
