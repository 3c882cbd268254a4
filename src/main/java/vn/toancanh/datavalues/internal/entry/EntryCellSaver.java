package vn.toancanh.datavalues.internal.entry;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.ImportConflict;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.datavalues.ImportSummary;
import vn.toancanh.shared.VietnameseNumbers;

/**
 * Saves one cell of the grid through the same import path as every other write, so the form gets the same
 * validation, scope check and audit history as an API call; the summary decides the cell's state.
 */
@Component
public class EntryCellSaver {

    private final CatalogService catalog;
    private final DataValueService dataValues;

    EntryCellSaver(CatalogService catalog, DataValueService dataValues) {
        this.catalog = catalog;
        this.dataValues = dataValues;
    }

    /** What the browser posts for one cell; {@code previous} is only echoed back for display. */
    public record CellChange(
            String unit,
            String period,
            String item,
            @Nullable String combo,
            @Nullable String value,
            @Nullable String previous,
            int table,
            int row,
            int column) {}

    public EntryCell save(CellChange change) {
        DataItemView item = catalog.getItemByCode(change.item());
        OptionComboView combo = combo(item, change.combo());
        boolean numeric = item.valueType().isNumeric();
        String typed = change.value() == null ? "" : change.value().trim();
        String machine = numeric ? VietnameseNumbers.toMachine(typed) : (typed.isEmpty() ? null : typed);
        ImportSummary summary = machine == null ? delete(change, combo) : write(change, combo, machine);
        EntryCell.State state = state(summary, machine == null);
        String display = state == EntryCell.State.ERROR || !numeric ? typed : VietnameseNumbers.format(machine);
        String message = state == EntryCell.State.ERROR ? reason(summary.conflicts()) : null;
        return new EntryCell(
                EntryCell.domId(item.id(), combo.id()),
                change.unit(),
                change.period(),
                item.code(),
                combo.code(),
                EntryGrids.label(item, combo),
                numeric,
                display,
                change.previous() == null ? "" : change.previous(),
                state,
                message,
                change.table(),
                change.row(),
                change.column());
    }

    private ImportSummary write(CellChange change, OptionComboView combo, String machine) {
        DataValueInput input =
                new DataValueInput(change.item(), change.period(), change.unit(), combo.code(), machine, null);
        return dataValues.importValues(List.of(input), ImportOptions.defaults(ChangeSource.FORM));
    }

    private ImportSummary delete(CellChange change, OptionComboView combo) {
        DataValueInput input =
                new DataValueInput(change.item(), change.period(), change.unit(), combo.code(), null, null);
        ImportOptions defaults = ImportOptions.defaults(ChangeSource.FORM);
        ImportOptions options = new ImportOptions(
                defaults.idScheme(),
                false,
                ImportOptions.ImportStrategy.DELETE,
                defaults.atomicMode(),
                ChangeSource.FORM);
        return dataValues.importValues(List.of(input), options);
    }

    static EntryCell.State state(ImportSummary summary, boolean deleting) {
        if (deleting) {
            // Clearing a cell that held nothing is not an error, whatever the service thinks of the row.
            return summary.deleted() > 0 ? EntryCell.State.DELETED : EntryCell.State.UNCHANGED;
        }
        if (!summary.conflicts().isEmpty()) {
            return EntryCell.State.ERROR;
        }
        return summary.imported() + summary.updated() > 0 ? EntryCell.State.SAVED : EntryCell.State.UNCHANGED;
    }

    private static String reason(List<ImportConflict> conflicts) {
        return conflicts.isEmpty() ? "Không lưu được giá trị" : conflicts.get(0).reason();
    }

    private OptionComboView combo(DataItemView item, @Nullable String code) {
        String wanted = code == null || code.isBlank() ? OptionComboView.DEFAULT_CODE : code;
        return catalog.optionCombosOf(item.categoryComboId()).stream()
                .filter(c -> c.code().equals(wanted))
                .findFirst()
                .orElseThrow(() -> vn.toancanh.shared.InvalidInputException.of(
                        "categoryOptionCombo", "Phân tổ '" + wanted + "' không thuộc chỉ tiêu " + item.code()));
    }
}
