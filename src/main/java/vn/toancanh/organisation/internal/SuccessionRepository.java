package vn.toancanh.organisation.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.organisation.SuccessionKind;
import vn.toancanh.organisation.UnitSuccessionView;

/** org_unit_succession: which unit's history continues in which, from when, with what share. */
@Repository
public class SuccessionRepository {

    private static final String SELECT = """
            SELECT s.id, s.kind, s.predecessor_id, a.code AS a_code, a.name AS a_name, s.successor_id,
                   c.code AS c_code, c.name AS c_name, s.effective_date, s.share, s.legal_basis
              FROM org_unit_succession s
              JOIN org_unit a ON a.id = s.predecessor_id
              JOIN org_unit c ON c.id = s.successor_id""";

    private final JdbcClient jdbc;

    SuccessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            SuccessionKind kind,
            long predecessorId,
            long successorId,
            LocalDate effectiveDate,
            BigDecimal share,
            @Nullable String legalBasis) {
        jdbc.sql("""
                INSERT INTO org_unit_succession (kind, predecessor_id, successor_id, effective_date, share, legal_basis)
                VALUES (:kind, :a, :c, :date, :share, :legalBasis)""")
                .param("kind", kind.name())
                .param("a", predecessorId)
                .param("c", successorId)
                .param("date", effectiveDate)
                .param("share", share)
                .param("legalBasis", legalBasis)
                .update();
    }

    public List<UnitSuccessionView> successorsOf(long unitId) {
        return jdbc.sql(SELECT + " WHERE s.predecessor_id = :id ORDER BY s.effective_date, c.code")
                .param("id", unitId)
                .query(SuccessionRepository::view)
                .list();
    }

    public List<UnitSuccessionView> predecessorsOf(long unitId) {
        return jdbc.sql(SELECT + " WHERE s.successor_id = :id ORDER BY s.effective_date, a.code")
                .param("id", unitId)
                .query(SuccessionRepository::view)
                .list();
    }

    public List<UnitSuccessionView> all() {
        return jdbc.sql(SELECT + " ORDER BY s.effective_date, s.id")
                .query(SuccessionRepository::view)
                .list();
    }

    public boolean hasSuccessors(long unitId) {
        return jdbc.sql("SELECT count(*) FROM org_unit_succession WHERE predecessor_id = :id")
                        .param("id", unitId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static UnitSuccessionView view(ResultSet rs, int row) throws SQLException {
        return new UnitSuccessionView(
                rs.getLong("id"),
                SuccessionKind.valueOf(rs.getString("kind")),
                rs.getLong("predecessor_id"),
                rs.getString("a_code"),
                rs.getString("a_name"),
                rs.getLong("successor_id"),
                rs.getString("c_code"),
                rs.getString("c_name"),
                rs.getDate("effective_date").toLocalDate(),
                rs.getBigDecimal("share").stripTrailingZeros(),
                rs.getString("legal_basis"));
    }
}
