package vn.toancanh.records;

import java.util.List;
import vn.toancanh.shared.FieldProblem;

/** A bulk import: records created, or — when any row is wrong — none, with each rejected row's problems. */
public record RecordImportResult(int created, List<FieldProblem> problems) {

    public boolean accepted() {
        return problems.isEmpty();
    }
}
