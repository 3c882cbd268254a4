package vn.toancanh.datavalues.internal.excel;

import java.util.List;
import vn.toancanh.datavalues.DataValueInput;

/**
 * The values read from an uploaded template, each with the sheet cell it came from, so an import conflict on the
 * n-th value can be reported as row 12, column D.
 */
public record ExcelSheetValues(String groupCode, String periodId, List<SheetValue> values) {

    /** @param row the sheet row as Excel numbers it (from 1); {@code column} its letters */
    public record SheetValue(DataValueInput input, int row, String column) {}

    public List<DataValueInput> inputs() {
        return values.stream().map(SheetValue::input).toList();
    }
}
