package vn.toancanh.operations.internal;

import java.util.ArrayList;
import java.util.List;
import vn.toancanh.operations.DossierInput;
import vn.toancanh.shared.FieldProblem;

/** Dossiers from a CSV file or an Excel workbook as the one-stop-shop system exports them: one dossier per row. */
public final class DossierFiles {

    static final List<String> COLUMNS = List.of(
            "code",
            "procedureCode",
            "procedureName",
            "sector",
            "unit",
            "channel",
            "status",
            "receivedAt",
            "dueAt",
            "completedAt",
            "returnedAt",
            "feePaidOnline",
            "applicantKind",
            "applicantName");
    private static final List<String> REQUIRED =
            List.of("code", "procedureName", "sector", "unit", "channel", "status", "receivedAt", "dueAt");

    private DossierFiles() {}

    /** The rows, with a problem per unreadable cell ({@code rows[n].field}, rows counted from 1). */
    public record Parsed(List<DossierInput> rows, List<FieldProblem> problems) {}

    /** A CSV file (UTF-8, with or without a byte order mark). */
    public static Parsed parse(byte[] content) {
        return read(TableFile.csv(content, REQUIRED, COLUMNS));
    }

    /** The first sheet of an Excel workbook: the header row, then a dossier per row; date cells are read as dates. */
    public static Parsed parseExcel(byte[] content) {
        return read(TableFile.excel(content, REQUIRED, COLUMNS));
    }

    private static Parsed read(TableFile.Table table) {
        List<DossierInput> rows = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int n = 1; n <= table.size(); n++) {
            TableFile.Cells cells = table.row(n, problems);
            rows.add(new DossierInput(
                    cells.text("code"),
                    cells.text("procedureCode"),
                    cells.text("procedureName"),
                    cells.text("sector"),
                    cells.text("unit"),
                    cells.text("channel"),
                    cells.text("status"),
                    cells.time("receivedAt"),
                    cells.time("dueAt"),
                    cells.time("completedAt"),
                    cells.time("returnedAt"),
                    cells.yes("feePaidOnline"),
                    cells.text("applicantKind"),
                    cells.text("applicantName")));
        }
        return new Parsed(rows, problems);
    }
}
