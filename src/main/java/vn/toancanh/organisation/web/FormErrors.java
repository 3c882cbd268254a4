package vn.toancanh.organisation.web;

import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;
import vn.toancanh.shared.FieldProblem;

/** Puts the service's field problems beside the form fields they concern, the rest at the top of the form. */
final class FormErrors {

    private FormErrors() {}

    static void apply(BindingResult binding, List<FieldProblem> problems, Map<String, String> renames) {
        for (FieldProblem p : problems) {
            String field = renames.getOrDefault(p.field(), p.field());
            if (!field.isEmpty() && binding.getTarget() != null && isProperty(binding, field)) {
                binding.rejectValue(field, "invalid", p.reason());
            } else {
                binding.reject("invalid", p.reason());
            }
        }
    }

    private static boolean isProperty(BindingResult binding, String field) {
        try {
            binding.getFieldType(field);
            return binding.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
