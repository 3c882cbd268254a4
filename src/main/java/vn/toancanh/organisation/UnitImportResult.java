package vn.toancanh.organisation;

import java.util.List;

/**
 * The outcome of an import. All or nothing: either {@code applied} rows were written and {@code problems} is
 * empty, or nothing was written and {@code problems} lists every rejected cell.
 */
public record UnitImportResult(int rows, int applied, List<RowProblem> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * @param row the row as a spreadsheet shows it (the header is row 1)
     * @param field the column name, or {@code file} for the file as a whole
     */
    public record RowProblem(int row, String field, String value, String reason) {}
}
