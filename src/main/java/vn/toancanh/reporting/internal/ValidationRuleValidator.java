package vn.toancanh.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.IndicatorExpression;
import vn.toancanh.reporting.ValidationRuleInput;
import vn.toancanh.reporting.ValidationRuleView;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/** Checks a {@link ValidationRuleInput}: both expressions parse and name only items the catalog has. */
@Component
public class ValidationRuleValidator {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,49}");

    public record Checked(
            String code,
            String name,
            String left,
            ValidationRuleView.Operator operator,
            String right,
            ValidationRuleView.Importance importance,
            String message,
            boolean active) {}

    private final CatalogService catalog;

    ValidationRuleValidator(CatalogService catalog) {
        this.catalog = catalog;
    }

    public Checked check(ValidationRuleInput in, @Nullable String existingCode) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = existingCode != null ? existingCode : text(in.code());
        if (existingCode == null && (code == null || !CODE.matcher(code).matches())) {
            problems.add(new FieldProblem("code", "Mã gồm 2–50 chữ in hoa, số, gạch ngang hoặc gạch dưới"));
        }
        String name = text(in.name());
        if (name == null || name.length() > 300) {
            problems.add(new FieldProblem("name", "Tên quy tắc bắt buộc, tối đa 300 ký tự"));
        }
        String message = text(in.message());
        if (message == null || message.length() > 500) {
            problems.add(new FieldProblem("message", "Thông báo khi vi phạm bắt buộc, tối đa 500 ký tự"));
        }
        Set<String> leftItems = new LinkedHashSet<>();
        Set<String> rightItems = new LinkedHashSet<>();
        String left = expression(in.leftExpression(), "leftExpression", leftItems, problems);
        String right = expression(in.rightExpression(), "rightExpression", rightItems, problems);
        Set<String> items = new LinkedHashSet<>(leftItems);
        items.addAll(rightItems);
        var found = catalog.findItemsByCodes(items);
        // an unknown item is reported beside the side that names it
        unknown(leftItems, found.keySet(), "leftExpression", problems);
        unknown(rightItems, found.keySet(), "rightExpression", problems);
        ValidationRuleView.Operator operator = parse(ValidationRuleView.Operator.class, in.operator());
        if (operator == null) {
            problems.add(new FieldProblem(
                    "operator",
                    "Phép so sánh là EQUAL, NOT_EQUAL, GREATER, GREATER_OR_EQUAL, LESS,"
                            + " LESS_OR_EQUAL, COMPULSORY_PAIR hoặc EXCLUSIVE_PAIR"));
        }
        ValidationRuleView.Importance importance = parse(ValidationRuleView.Importance.class, in.importance());
        if (importance == null) {
            problems.add(new FieldProblem("importance", "Mức độ là ERROR (chặn gửi) hoặc WARNING (cần giải trình)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(code, name, left, operator, right, importance, message, in.active() == null || in.active());
    }

    private static void unknown(Set<String> named, Set<String> known, String field, List<FieldProblem> problems) {
        for (String item : named) {
            if (!known.contains(item)) {
                problems.add(new FieldProblem(field, "Không có chỉ tiêu mã " + item));
            }
        }
    }

    private static @Nullable String expression(
            @Nullable String text, String field, Set<String> items, List<FieldProblem> problems) {
        if (text(text) == null) {
            problems.add(new FieldProblem(field, "Biểu thức bắt buộc"));
            return null;
        }
        try {
            IndicatorExpression e = IndicatorExpression.parse(text);
            if (e.operands().isEmpty()) {
                problems.add(new FieldProblem(field, "Biểu thức cần ít nhất một chỉ tiêu #{MÃ}"));
            }
            e.operands().forEach(o -> items.add(o.itemCode()));
            return e.text();
        } catch (InvalidInputException bad) {
            problems.add(new FieldProblem(field, bad.problems().get(0).reason()));
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static @Nullable String text(@Nullable String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }
}
