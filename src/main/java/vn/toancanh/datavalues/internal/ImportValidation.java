package vn.toancanh.datavalues.internal;

import java.util.List;
import vn.toancanh.datavalues.ImportConflict;

/**
 * The outcome of checking a batch.
 *
 * @param staged the valid rows, one per key (when a key repeats, the last row wins)
 * @param conflicts the rejected rows' problems, in row order
 * @param rejectedRows how many rows had at least one conflict
 * @param superseded rows replaced by a later row with the same key (counted as ignored)
 */
public record ImportValidation(
        List<StagedValue> staged, List<ImportConflict> conflicts, int rejectedRows, int superseded) {}
