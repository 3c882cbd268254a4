package vn.toancanh.datavalues;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.datavalues.internal.DataValueImporter;
import vn.toancanh.datavalues.internal.DataValueReader;
import vn.toancanh.datavalues.internal.HistoryFinder;
import vn.toancanh.datavalues.internal.ImportJobRunner;
import vn.toancanh.datavalues.internal.NumericValueReader;
import vn.toancanh.identity.IdentityService;

/**
 * The data values façade: every path that writes values (entry form, JSON/CSV/Excel import, API) goes through
 * {@link #importValues}, so validation, scope checks, audit history and the {@link DataValuesWritten} event are the
 * same for all of them.
 */
@Service
public class DataValueService {

    private final DataValueImporter importer;
    private final DataValueReader reader;
    private final HistoryFinder history;
    private final ImportJobRunner jobs;
    private final IdentityService identity;
    private final NumericValueReader numeric;

    DataValueService(
            DataValueImporter importer,
            DataValueReader reader,
            HistoryFinder history,
            ImportJobRunner jobs,
            IdentityService identity,
            NumericValueReader numeric) {
        this.importer = importer;
        this.reader = reader;
        this.history = history;
        this.jobs = jobs;
        this.identity = identity;
        this.numeric = numeric;
    }

    /**
     * Applies a batch as the current user, in one transaction. Rows whose value and comment equal the stored ones
     * change nothing and count as ignored; when a key repeats in the batch the last row wins (the earlier ones count
     * as ignored); a blank value without a comment deletes the stored value (as in DHIS2).
     *
     * @param progress told how many rows are done, for progress bars of long imports
     */
    @Transactional
    public ImportSummary importValues(List<DataValueInput> rows, ImportOptions options, IntConsumer progress) {
        return importer.importValues(rows, options, progress);
    }

    @Transactional
    public ImportSummary importValues(List<DataValueInput> rows, ImportOptions options) {
        return importValues(rows, options, done -> {});
    }

    /** Starts {@link #importValues} in the background as the current user; poll it with {@link #importJob}. */
    public UUID submitImport(List<DataValueInput> rows, ImportOptions options) {
        return jobs.submit(rows, options, row -> row);
    }

    /** Like {@link #submitImport(List, ImportOptions)}, numbering the summary's conflict rows with {@code rowNumbers}. */
    public UUID submitImport(List<DataValueInput> rows, ImportOptions options, IntUnaryOperator rowNumbers) {
        return jobs.submit(rows, options, rowNumbers);
    }

    /** An import job, when it exists and the current user submitted it or is an admin. */
    public Optional<ImportJobView> importJob(UUID id) {
        return jobs.find(id, identity.currentUserOrSystem());
    }

    /** Values matching the query that the current user may read, ordered by item, unit, period, option combo. */
    @Transactional(readOnly = true)
    public List<DataValueView> values(DataValueQuery query) {
        List<DataValueView> values = new ArrayList<>();
        exportValues(query, values::add);
        return values;
    }

    /**
     * Streams what {@link #values} returns, for large exports. Unknown codes or a missing selection throw
     * {@link vn.toancanh.shared.InvalidInputException} before the first value reaches {@code sink}.
     */
    @Transactional(readOnly = true)
    public void exportValues(DataValueQuery query, Consumer<DataValueView> sink) {
        reader.forEach(query, identity.currentUserOrSystem(), sink);
    }

    /** How many values {@link #exportValues} streams for this query and the current user. */
    @Transactional(readOnly = true)
    public long countValues(DataValueQuery query) {
        return reader.count(query, identity.currentUserOrSystem());
    }

    /** The audit history of one value, newest first. */
    @Transactional(readOnly = true)
    public List<ValueChangeView> history(
            String dataElement, String orgUnit, String period, @Nullable String categoryOptionCombo) {
        return history.history(dataElement, orgUnit, period, categoryOptionCombo, identity.currentUserOrSystem());
    }

    /** Every stored numeric value, unscoped: for the analytics index, which applies sharing when it answers. */
    @Transactional(readOnly = true)
    public void forEachNumericValue(NumericValueSink sink) {
        numeric.forEach(sink);
    }

    /** The numeric values stored for any of these items, units and periods (a region a write touched), unscoped. */
    @Transactional(readOnly = true)
    public void forEachNumericValue(
            Collection<Long> itemIds, Collection<Long> unitIds, Collection<Integer> periodIds, NumericValueSink sink) {
        numeric.forEach(itemIds, unitIds, periodIds, sink);
    }

    /** The numeric values stored now under exactly these keys (as a {@link DataValuesWritten} names them), unscoped. */
    @Transactional(readOnly = true)
    public void forEachNumericValue(List<DataValuesWritten.Key> keys, NumericValueSink sink) {
        numeric.forEach(keys, sink);
    }

    /** Every period id values refer to, with its iso id ({@code 202403}). */
    public Map<Integer, String> periodIsos() {
        return numeric.periods();
    }
}
