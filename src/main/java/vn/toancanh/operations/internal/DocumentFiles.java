package vn.toancanh.operations.internal;

import java.util.ArrayList;
import java.util.List;
import vn.toancanh.operations.DocumentInput;
import vn.toancanh.shared.FieldProblem;

/** Documents from a CSV file as the e-office system exports its registry: one entry per row, no attachments. */
public final class DocumentFiles {

    static final List<String> COLUMNS = List.of(
            "code",
            "direction",
            "number",
            "issuedOn",
            "receivedOn",
            "counterpart",
            "type",
            "summary",
            "unit",
            "handler",
            "deadline",
            "status",
            "completedOn",
            "digitallySigned");
    private static final List<String> REQUIRED =
            List.of("code", "direction", "number", "issuedOn", "counterpart", "type", "summary", "unit", "status");

    private DocumentFiles() {}

    /** The rows, with a problem per unreadable cell ({@code rows[n].field}, rows counted from 1). */
    public record Parsed(List<DocumentInput> rows, List<FieldProblem> problems) {}

    public static Parsed parse(byte[] content) {
        TableFile.Table table = TableFile.csv(content, REQUIRED, COLUMNS);
        List<DocumentInput> rows = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int n = 1; n <= table.size(); n++) {
            TableFile.Cells cells = table.row(n, problems);
            rows.add(new DocumentInput(
                    cells.text("code"),
                    cells.text("direction"),
                    cells.text("number"),
                    cells.date("issuedOn"),
                    cells.date("receivedOn"),
                    cells.text("counterpart"),
                    cells.text("type"),
                    cells.text("summary"),
                    cells.text("unit"),
                    cells.text("handler"),
                    cells.date("deadline"),
                    cells.text("status"),
                    cells.date("completedOn"),
                    cells.yes("digitallySigned"),
                    null,
                    null));
        }
        return new Parsed(rows, problems);
    }
}
