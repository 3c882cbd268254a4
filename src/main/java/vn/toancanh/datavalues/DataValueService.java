package vn.toancanh.datavalues;

import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.datavalues.internal.DataValueImporter;

/**
 * The data values façade: every path that writes values (entry form, JSON/CSV/Excel import, API) goes through
 * {@link #importValues}, so validation, scope checks, audit history and the {@link DataValuesWritten} event are the
 * same for all of them.
 */
@Service
public class DataValueService {

    private final DataValueImporter importer;

    DataValueService(DataValueImporter importer) {
        this.importer = importer;
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

    /** Values matching the query that the current user may read, ordered by item, unit, period, option combo. */
    public List<DataValueView> values(DataValueQuery query) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The audit history of one value, newest first. */
    public List<ValueChangeView> history(
            String dataElement, String orgUnit, String period, String categoryOptionCombo) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
