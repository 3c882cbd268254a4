package vn.toancanh.datavalues;

import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Service;

/**
 * The data values façade: every path that writes values (entry form, JSON/CSV/Excel import, API) goes through
 * {@link #importValues}, so validation, scope checks, audit history and the {@link DataValuesWritten} event are the
 * same for all of them.
 */
@Service
public class DataValueService {

    /**
     * Applies a batch as the current user.
     *
     * @param progress told how many rows are done, for progress bars of long imports
     */
    public ImportSummary importValues(List<DataValueInput> rows, ImportOptions options, IntConsumer progress) {
        throw new UnsupportedOperationException("not implemented yet");
    }

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
