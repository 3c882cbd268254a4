package vn.toancanh.reporting.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.IndicatorExpression;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.datavalues.DataValueQuery;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.DataValueView;
import vn.toancanh.reporting.ReportFormView;
import vn.toancanh.reporting.ValidationRuleView;
import vn.toancanh.reporting.ValidationRuleView.Operator;
import vn.toancanh.reporting.Violation;
import vn.toancanh.shared.Period;

/**
 * Runs the validation rules that apply to a form over a unit's stored values for a period. An operand {@code #{A}}
 * is the item's total over its disaggregations, {@code #{A.B}} one cell, {@code previous(#{A})} the previous period's;
 * a comparison with a side missing is not checked (as DHIS2 skips it), a pair rule looks only at presence.
 */
@Component
public class ReportValidator {

    private static final double TOLERANCE = 1e-9;

    private final ValidationRuleRepository rules;
    private final DataValueService values;

    ReportValidator(ValidationRuleRepository rules, DataValueService values) {
        this.rules = rules;
        this.values = values;
    }

    /** The active rules whose items the form has. */
    public List<ValidationRuleView> rulesOf(ReportFormView form) {
        Set<String> items = form.items().stream().map(ReportFormView.Item::code).collect(Collectors.toSet());
        return rules.active().stream().filter(r -> items.containsAll(r.items())).toList();
    }

    /** The rules of the form broken by each unit's values in the period, by unit in the order given. */
    public List<Violation> check(ReportFormView form, List<String> unitCodes, Period period) {
        List<ValidationRuleView> applicable = rulesOf(form);
        if (applicable.isEmpty() || unitCodes.isEmpty()) {
            return List.of();
        }
        Map<String, Double> numbers = numbers(form, unitCodes, period);
        List<Violation> out = new ArrayList<>();
        for (String unit : unitCodes) {
            for (ValidationRuleView rule : applicable) {
                Double left = side(rule.leftExpression(), numbers, unit, period);
                Double right = side(rule.rightExpression(), numbers, unit, period);
                if (broken(rule.operator(), left, right)) {
                    out.add(new Violation(
                            rule.code(),
                            rule.name(),
                            rule.importance(),
                            rule.message(),
                            rule.leftExpression(),
                            rule.operator(),
                            rule.rightExpression(),
                            left,
                            right,
                            unit,
                            period.id()));
                }
            }
        }
        return out;
    }

    static boolean broken(Operator operator, @Nullable Double left, @Nullable Double right) {
        return switch (operator) {
            case COMPULSORY_PAIR -> (left == null) != (right == null);
            case EXCLUSIVE_PAIR -> left != null && right != null;
            default -> left != null && right != null && !holds(operator, left, right);
        };
    }

    private static boolean holds(Operator operator, double l, double r) {
        double slack = TOLERANCE * Math.max(1, Math.max(Math.abs(l), Math.abs(r)));
        return switch (operator) {
            case EQUAL -> Math.abs(l - r) <= slack;
            case NOT_EQUAL -> Math.abs(l - r) > slack;
            case GREATER -> l > r + slack;
            case GREATER_OR_EQUAL -> l >= r - slack;
            case LESS -> l < r - slack;
            case LESS_OR_EQUAL -> l <= r + slack;
            default -> true;
        };
    }

    private static @Nullable Double side(String expression, Map<String, Double> numbers, String unit, Period period) {
        return IndicatorExpression.parse(expression).evaluate(o -> {
            String p = switch (o.shift()) {
                case CURRENT -> period.id();
                case PREVIOUS -> period.previous().id();
                case YEAR_TO_DATE -> null;
            };
            if (p == null) {
                return null;
            }
            String combo = o.comboCode() == null ? "*" : o.comboCode();
            return numbers.get(unit + "|" + o.itemCode() + "|" + combo + "|" + p);
        });
    }

    /** Numeric values by unit|item|combo|period, and each item's total over its combos under combo {@code *}. */
    private Map<String, Double> numbers(ReportFormView form, List<String> unitCodes, Period period) {
        Map<String, Double> out = new HashMap<>();
        List<String> items =
                form.items().stream().map(ReportFormView.Item::code).toList();
        for (DataValueView v : values.values(new DataValueQuery(
                null,
                items,
                unitCodes,
                false,
                List.of(period.id(), period.previous().id()),
                null,
                null))) {
            Double number = number(v.value());
            if (number == null) {
                continue;
            }
            String prefix = v.orgUnit() + "|" + v.dataElement() + "|";
            out.put(prefix + v.categoryOptionCombo() + "|" + v.period(), number);
            out.merge(prefix + "*|" + v.period(), number, Double::sum);
            if (v.categoryOptionCombo().equals(OptionComboView.DEFAULT_CODE)) {
                out.put(prefix + "*|" + v.period(), number);
            }
        }
        return out;
    }

    private static @Nullable Double number(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
