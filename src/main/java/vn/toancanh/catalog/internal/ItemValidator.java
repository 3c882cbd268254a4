package vn.toancanh.catalog.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.AggregationType;
import vn.toancanh.catalog.DataItemInput;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.catalog.internal.CatalogLookups.Resolved;
import vn.toancanh.shared.FieldProblem;

/**
 * Every rule a data item must satisfy, as field problems in Vietnamese: the Bean Validation constraints of
 * {@link DataItemInput} plus the checks that need the catalog (known group, unit, disaggregation) or several
 * fields (min ≤ max, value type vs aggregation type). Forms, the API and the import all use it.
 */
@Component
public class ItemValidator {

    private static final Set<AggregationType> NON_NUMERIC_AGGREGATIONS =
            Set.of(AggregationType.NONE, AggregationType.COUNT);

    private final Validator validator;

    ItemValidator(Validator validator) {
        this.validator = validator;
    }

    public List<FieldProblem> validate(DataItemInput input, Resolved lookups) {
        List<FieldProblem> problems = new ArrayList<>(beanProblems(validator.validate(input)));
        if (input.groupCode() != null
                && !input.groupCode().isBlank()
                && !lookups.groups().containsKey(input.groupCode().trim())) {
            problems.add(new FieldProblem("groupCode", "Không tìm thấy nhóm dữ liệu '" + input.groupCode() + "'"));
        }
        if (hasText(input.categoryComboCode())
                && !lookups.comboIds().containsKey(input.categoryComboCode().trim())) {
            problems.add(new FieldProblem(
                    "categoryComboCode", "Không tìm thấy phân tổ '" + input.categoryComboCode() + "'"));
        }
        if (hasText(input.ownerUnitCode())
                && !lookups.units().containsKey(input.ownerUnitCode().trim())) {
            problems.add(new FieldProblem("ownerUnitCode", "Không tìm thấy đơn vị '" + input.ownerUnitCode() + "'"));
        }
        input.reportingUnits().stream()
                .filter(ItemValidator::hasText)
                .filter(code -> !lookups.units().containsKey(code.trim()))
                .forEach(code ->
                        problems.add(new FieldProblem("reportingUnitCodes", "Không tìm thấy đơn vị '" + code + "'")));
        problems.addAll(typeProblems(input));
        return problems;
    }

    /** Rules between fields: aggregation fits the value type, limits only for numbers and in order. */
    static List<FieldProblem> typeProblems(DataItemInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        ValueType type = input.valueType();
        if (type != null && !type.isNumeric()) {
            String reason = "Chỉ tiêu kiểu " + ValueTypeLabels.vi(type)
                    + " chỉ được tổng hợp theo \"Đếm\" hoặc \"Không tổng hợp\"";
            if (input.aggregationType() != null && !NON_NUMERIC_AGGREGATIONS.contains(input.aggregationType())) {
                problems.add(new FieldProblem("aggregationType", reason));
            }
            if (input.timeAggregationType() != null
                    && !NON_NUMERIC_AGGREGATIONS.contains(input.timeAggregationType())) {
                problems.add(new FieldProblem("timeAggregationType", reason));
            }
            if (input.minValue() != null || input.maxValue() != null) {
                problems.add(new FieldProblem("minValue", "Chỉ đặt giá trị tối thiểu/tối đa cho chỉ tiêu kiểu số"));
            }
        }
        BigDecimal min = input.minValue();
        BigDecimal max = input.maxValue();
        if (min != null && max != null && min.compareTo(max) > 0) {
            problems.add(new FieldProblem("maxValue", "Giá trị tối đa phải lớn hơn hoặc bằng giá trị tối thiểu"));
        }
        return problems;
    }

    static <T> List<FieldProblem> beanProblems(Set<ConstraintViolation<T>> violations) {
        return violations.stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::reason))
                .toList();
    }

    static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
