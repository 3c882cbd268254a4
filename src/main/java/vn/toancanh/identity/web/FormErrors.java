package vn.toancanh.identity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.toancanh.shared.FieldProblem;

/** Field problems as a map the templates read beside each field ({@code errors.username}). */
final class FormErrors {

    private FormErrors() {}

    static Map<String, String> of(List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            errors.merge(p.field(), p.reason(), (a, b) -> a + " " + b);
        }
        return errors;
    }
}
