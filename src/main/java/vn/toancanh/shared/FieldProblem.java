package vn.toancanh.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One reason a field (or a row of an import) was rejected; {@code field} names it as the client sent it. */
public record FieldProblem(String field, String reason) {

    /**
     * The problems by field, as a form shows each beside its field ({@code errors.get('name')}); two reasons for one
     * field are joined.
     */
    public static Map<String, String> byField(List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            errors.merge(p.field(), p.reason(), (a, b) -> a + " " + b);
        }
        return errors;
    }
}
