package vn.toancanh.alerts.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.alerts.AlertRuleInput;
import vn.toancanh.alerts.AlertRuleView;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.VietnameseNumbers;

/**
 * The rule editor's fields as typed: numbers in Vietnamese (3,5 or 1.000) or machine form, the fire levels as four
 * numbers separated by semicolons.
 */
record AlertRuleForm(
        @Nullable String code,
        @Nullable String name,
        @Nullable String kind,
        @Nullable String severity,
        @Nullable String target,
        @Nullable String unit,
        @Nullable Boolean eachChild,
        @Nullable String comparison,
        @Nullable String threshold,
        @Nullable String period,
        @Nullable String levels,
        @Nullable String rainReset,
        @Nullable Boolean active) {

    static AlertRuleForm blank() {
        return new AlertRuleForm(
                null, null, "THRESHOLD", "WARNING", null, null, true, "GT", null, null, null, null, true);
    }

    static AlertRuleForm of(AlertRuleView r) {
        return new AlertRuleForm(
                r.code(),
                r.name(),
                r.kind().name(),
                r.severity().name(),
                r.target(),
                r.unitCode(),
                r.eachChild(),
                r.comparison() == null ? null : r.comparison().name(),
                typed(r.threshold()),
                r.period(),
                r.levels().isEmpty()
                        ? null
                        : String.join(
                                "; ",
                                r.levels().stream().map(AlertRuleForm::typed).toList()),
                typed(r.rainReset()),
                r.active());
    }

    /** The input for the service; numbers that are not numbers are named with their field. */
    AlertRuleInput input() {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal t = number(threshold, "threshold", problems);
        BigDecimal rain = number(rainReset, "rainReset", problems);
        List<BigDecimal> bounds = null;
        if (levels != null && !levels.isBlank()) {
            bounds = new ArrayList<>();
            for (String part : levels.split(";")) {
                BigDecimal b = number(part, "levels", problems);
                if (b != null) {
                    bounds.add(b);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // an unticked box sends nothing
        return new AlertRuleInput(
                code,
                name,
                kind,
                severity,
                target,
                unit,
                eachChild != null && eachChild,
                comparison,
                t,
                period,
                bounds,
                rain,
                active);
    }

    private static @Nullable BigDecimal number(@Nullable String typed, String field, List<FieldProblem> problems) {
        String machine = VietnameseNumbers.toMachine(typed);
        if (machine == null) {
            return null;
        }
        try {
            return new BigDecimal(machine);
        } catch (NumberFormatException e) {
            if (problems.stream().noneMatch(p -> p.field().equals(field))) {
                problems.add(new FieldProblem(field, "„" + typed.strip() + "“ không phải là số"));
            }
            return null;
        }
    }

    private static @Nullable String typed(@Nullable BigDecimal n) {
        return n == null
                ? null
                : VietnameseNumbers.format(n.stripTrailingZeros().toPlainString());
    }
}
