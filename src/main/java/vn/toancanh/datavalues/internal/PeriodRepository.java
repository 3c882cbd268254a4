package vn.toancanh.datavalues.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toancanh.shared.Period;

/**
 * Period rows, created on first use and cached. Rows are created in their own transaction: a period is reference
 * data, so an import that rolls back must not take it away from the cache's feet.
 */
@Repository
public class PeriodRepository {

    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;
    private final Map<String, Integer> idsByIso = new ConcurrentHashMap<>();

    PeriodRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Ids of the periods, inserting the missing ones. */
    public Map<String, Integer> ensureIds(Collection<Period> periods) {
        Map<String, Integer> ids = new HashMap<>();
        List<Period> missing =
                periods.stream().filter(p -> !idsByIso.containsKey(p.id())).toList();
        if (!missing.isEmpty()) {
            newTransaction.executeWithoutResult(status -> insert(missing));
            loadIds(missing.stream().map(Period::id).toList());
        }
        for (Period p : periods) {
            Integer id = idsByIso.get(p.id());
            if (id != null) {
                ids.put(p.id(), id);
            }
        }
        return ids;
    }

    /** Ids of existing periods only (for reads: an unknown period has no values). */
    public Map<String, Integer> existingIds(Collection<String> isos) {
        List<String> unknown =
                isos.stream().filter(iso -> !idsByIso.containsKey(iso)).toList();
        if (!unknown.isEmpty()) {
            loadIds(unknown);
        }
        Map<String, Integer> ids = new HashMap<>();
        isos.forEach(iso -> {
            Integer id = idsByIso.get(iso);
            if (id != null) {
                ids.put(iso, id);
            }
        });
        return ids;
    }

    /** Periods lying within the dates: start on or after {@code start} and end on or before {@code end}. */
    public Map<Integer, String> within(LocalDate start, LocalDate end) {
        Map<Integer, String> isos = new HashMap<>();
        jdbc.sql("SELECT id, iso FROM period WHERE start_date >= :start AND end_date <= :end")
                .param("start", start)
                .param("end", end)
                .query(rs -> {
                    isos.put(rs.getInt("id"), rs.getString("iso"));
                });
        return isos;
    }

    public Map<Integer, String> isosByIds(Collection<Integer> ids) {
        Map<Integer, String> isos = new HashMap<>();
        if (ids.isEmpty()) {
            return isos;
        }
        jdbc.sql("SELECT id, iso FROM period WHERE id = ANY(CAST(:ids AS int[]))")
                .param("ids", SqlArrays.of(ids))
                .query(rs -> {
                    isos.put(rs.getInt("id"), rs.getString("iso"));
                });
        return isos;
    }

    private void insert(List<Period> missing) {
        for (Period p : missing) {
            jdbc.sql("""
                    INSERT INTO period (iso, period_type, start_date, end_date) VALUES (:iso, :type, :start, :end)
                    ON CONFLICT (iso) DO NOTHING""")
                    .param("iso", p.id())
                    .param("type", p.type().name())
                    .param("start", p.startDate())
                    .param("end", p.endDate())
                    .update();
        }
    }

    private void loadIds(List<String> isos) {
        jdbc.sql("SELECT id, iso FROM period WHERE iso = ANY(CAST(:isos AS text[]))")
                .param("isos", SqlArrays.ofText(isos))
                .query(rs -> {
                    idsByIso.put(rs.getString("iso"), rs.getInt("id"));
                });
    }
}
