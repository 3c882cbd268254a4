package vn.toancanh.datavalues.internal.excel;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.toancanh.datavalues.ImportSummary;

/**
 * An Excel upload as its progress page sees it.
 *
 * @param summary set once finished without failure
 * @param failure the Vietnamese reason when the import itself failed (not for rejected rows: those are conflicts)
 */
public record ExcelImportJob(
        UUID id,
        String fileName,
        int total,
        int done,
        @Nullable ImportSummary summary,
        List<CellConflict> conflicts,
        @Nullable String failure) {

    /** How many conflicts the page lists; the summary still counts them all. */
    public static final int SHOWN_CONFLICTS = 200;

    public boolean finished() {
        return summary != null || failure != null;
    }

    public int percent() {
        return total == 0 ? (finished() ? 100 : 0) : (int) Math.min(100, Math.round(done * 100.0 / total));
    }

    /** A rejected cell: where it is in the sheet and why. */
    public record CellConflict(int row, String column, String object, String reason) {}
}
