package vn.toancanh.identity.web;

import java.util.List;
import java.util.Map;
import vn.toancanh.shared.FieldProblem;

/** Field problems as a map the templates read beside each field ({@code errors.username}). */
final class FormErrors {

    private FormErrors() {}

    static Map<String, String> of(List<FieldProblem> problems) {
        return FieldProblem.byField(problems);
    }
}
