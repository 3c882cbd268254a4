package vn.toancanh.datavalues.internal;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValuesWritten;

/**
 * The set-based write. A batch of new values only is copied straight into data_value ({@link DirectCopy}).
 * Otherwise the rows are staged and merged ({@link StagedMerge}: only rows that change something are written, so a
 * re-posted payload writes nothing), and deletes applied in one statement.
 *
 * <p>Creating a value writes no audit row: its CREATE entry is derived from data_value's created_at, created_by and
 * created_source and the first UPDATE's old value ({@link CreatedEntry}). That halves the cost of an import of new
 * values and loses nothing: every UPDATE and DELETE is still audited with its old value in the same transaction, so
 * each state of a value stays reconstructible and nothing depends on a step after commit. A DELETE, which ends the
 * life the derivation reads from, first stores that life's CREATE entry in the same statement.
 */
@Repository
public class DataValueWriter {

    private static final Logger log = LoggerFactory.getLogger(DataValueWriter.class);
    static final String KEY = "d.item_id = c.item_id AND d.unit_id = c.unit_id AND d.period_id = c.period_id"
            + " AND d.option_combo_id = c.option_combo_id";

    private static final String DELETE =
            """
            WITH del AS (
              DELETE FROM data_value d USING dv_stage c WHERE c.value IS NULL AND %s RETURNING d.*),
            created AS (
              INSERT INTO data_value_audit (item_id, unit_id, period_id, option_combo_id, change_type, new_value,
                                            new_comment, changed_by, changed_at, source)
              SELECT %s FROM del %s WHERE %s)
            INSERT INTO data_value_audit (item_id, unit_id, period_id, option_combo_id, change_type, old_value,
                                          old_comment, changed_by, source)
            SELECT item_id, unit_id, period_id, option_combo_id, 'DELETE', value, comment, :user, :source FROM del
            RETURNING item_id, unit_id, period_id, option_combo_id
            """.formatted(KEY, CreatedEntry.columns("del"), CreatedEntry.joins("del"), CreatedEntry.missing("del"));

    private static final String DRY_RUN = """
            SELECT count(*) FILTER (WHERE c.value IS NOT NULL AND d.item_id IS NULL),
                   count(*) FILTER (WHERE c.value IS NOT NULL AND d.item_id IS NOT NULL
                                    AND (d.value IS DISTINCT FROM c.value OR d.comment IS DISTINCT FROM c.comment)),
                   count(*) FILTER (WHERE c.value IS NULL AND d.item_id IS NOT NULL)
            FROM dv_stage c LEFT JOIN data_value d ON %s
            """.formatted(KEY);

    private final JdbcClient jdbc;
    private final StagingTable staging;
    private final DirectCopy direct;
    private final StagedMerge merge;

    DataValueWriter(JdbcClient jdbc, StagingTable staging, DirectCopy direct, StagedMerge merge) {
        this.jdbc = jdbc;
        this.staging = staging;
        this.direct = direct;
        this.merge = merge;
    }

    /** What a write did: counts per kind and the keys that changed. */
    public record WriteResult(int created, int updated, int deleted, List<DataValuesWritten.Key> changed) {}

    /** Applies the rows (value null = delete; sorted by key, one row per key) as {@code user}, in a transaction. */
    public WriteResult write(List<StagedValue> rows, String user, ChangeSource source) {
        long start = System.nanoTime();
        boolean deletes = rows.stream().anyMatch(StagedValue::isDelete);
        if (!deletes && direct.tryInsert(rows, user, source)) {
            log.debug("Copied {} new values into data_value in {} ms", rows.size(), millis(start));
            return new WriteResult(
                    rows.size(), 0, 0, rows.stream().map(StagedValue::key).toList());
        }
        long copied = System.nanoTime();
        staging.fill(rows);
        long staged = System.nanoTime();
        List<DataValuesWritten.Key> changed = new ArrayList<>();
        int[] counts = new int[3];
        if (!deletes || rows.stream().anyMatch(r -> !r.isDelete())) {
            int[] applied = merge.apply(changed, user, source);
            counts[0] = applied[0];
            counts[1] = applied[1];
        }
        long applied = System.nanoTime();
        if (deletes) {
            counts[2] = delete(changed, user, source);
        }
        log.debug(
                "Wrote {} values through staging: {} ms direct attempt, {} ms staging, {} ms insert/update, {} ms delete",
                rows.size(),
                (copied - start) / 1_000_000,
                (staged - copied) / 1_000_000,
                (applied - staged) / 1_000_000,
                millis(applied));
        return new WriteResult(counts[0], counts[1], counts[2], changed);
    }

    /** What {@link #write} would do, without doing it. */
    public WriteResult dryRun(List<StagedValue> rows) {
        staging.fill(rows);
        WriteResult[] result = new WriteResult[1];
        NestedLoops.run(
                jdbc,
                () -> result[0] = jdbc.sql(DRY_RUN)
                        .query((rs, n) -> new WriteResult(rs.getInt(1), rs.getInt(2), rs.getInt(3), List.of()))
                        .single());
        return result[0];
    }

    private int delete(List<DataValuesWritten.Key> changed, String user, ChangeSource source) {
        int[] deleted = new int[1];
        NestedLoops.run(
                jdbc,
                () -> jdbc.sql(DELETE)
                        .withFetchSize(0)
                        .param("user", user)
                        .param("source", source.name())
                        .query(rs -> {
                            deleted[0]++;
                            changed.add(new DataValuesWritten.Key(
                                    rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4)));
                        }));
        return deleted[0];
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
