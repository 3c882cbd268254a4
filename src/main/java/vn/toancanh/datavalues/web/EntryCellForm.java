package vn.toancanh.datavalues.web;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import vn.toancanh.datavalues.internal.entry.EntryCellSaver;

/**
 * One grid cell as htmx posts it on change: the value's key, the typed text, and where the cell sits so the
 * returned fragment keeps its keyboard position and the previous period's value it showed.
 */
record EntryCellForm(
        @NotBlank String unit,
        @NotBlank String period,
        @NotBlank String item,
        @Nullable String combo,
        @Nullable String value,
        @Nullable String previous,
        @Nullable Integer table,
        @Nullable Integer row,
        @Nullable Integer column) {

    EntryCellSaver.CellChange toChange() {
        return new EntryCellSaver.CellChange(
                unit, period, item, combo, value, previous, orZero(table), orZero(row), orZero(column));
    }

    private static int orZero(@Nullable Integer i) {
        return i == null ? 0 : i;
    }
}
