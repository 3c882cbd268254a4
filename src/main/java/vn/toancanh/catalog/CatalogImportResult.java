package vn.toancanh.catalog;

import java.util.List;

/**
 * The outcome of a catalog import. All or nothing: when {@code problems} is not empty nothing was written and
 * {@code created}/{@code updated} are 0.
 */
public record CatalogImportResult(int rows, int created, int updated, List<RowProblem> problems) {

    public boolean applied() {
        return problems.isEmpty();
    }

    /** One rejected cell: the file's row number (the header is row 1), the column and the reason in Vietnamese. */
    public record RowProblem(int row, String field, String reason) {}
}
