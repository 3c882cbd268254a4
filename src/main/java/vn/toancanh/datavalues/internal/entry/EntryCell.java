package vn.toancanh.datavalues.internal.entry;

import org.jspecify.annotations.Nullable;

/**
 * One input of the grid with everything its fragment needs to render and post itself again.
 *
 * @param id the input's DOM id, stable across saves so htmx keeps the focus
 * @param display the value as shown (Vietnamese number format), the typed text after an error
 * @param previous the previous period's value as shown, empty when none
 * @param message the Vietnamese reason when {@code state} is ERROR
 * @param table index of the table in the grid, {@code row} and {@code column} inside it (keyboard navigation)
 */
public record EntryCell(
        String id,
        String unitCode,
        String periodId,
        String itemCode,
        String comboCode,
        String label,
        boolean numeric,
        String display,
        String previous,
        State state,
        @Nullable String message,
        int table,
        int row,
        int column) {

    /** What the last action did to the cell, shown by its colour and an icon. */
    public enum State {
        STORED,
        SAVED,
        DELETED,
        UNCHANGED,
        ERROR
    }

    public static String domId(long itemId, long comboId) {
        return "v-" + itemId + "-" + comboId;
    }
}
