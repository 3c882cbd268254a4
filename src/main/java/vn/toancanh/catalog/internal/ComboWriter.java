package vn.toancanh.catalog.internal;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CategoryComboInput;
import vn.toancanh.catalog.internal.ComboRepository.CategoryOption;
import vn.toancanh.identity.AuditService;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/**
 * Creates a disaggregation from categories and generates its option combos: the cartesian product of the
 * categories' options, coded {@code <COMBO>_<option>_<option>} (e.g. {@code SEX_AREA_M_U}).
 */
@Component
public class ComboWriter {

    private final Validator validator;
    private final ComboRepository combos;
    private final AuditService audit;

    ComboWriter(Validator validator, ComboRepository combos, AuditService audit) {
        this.validator = validator;
        this.combos = combos;
        this.audit = audit;
    }

    public void create(CategoryComboInput input) {
        List<FieldProblem> problems = new ArrayList<>(ItemValidator.beanProblems(validator.validate(input)));
        Map<String, Long> categories = combos.categoryIdsByCode();
        List<String> codes = input.categoryCodes() == null ? List.of() : input.categoryCodes();
        codes.stream()
                .filter(c -> !categories.containsKey(c))
                .forEach(c ->
                        problems.add(new FieldProblem("categoryCodes", "Không tìm thấy tiêu chí phân tổ '" + c + "'")));
        if (codes.stream().distinct().count() < codes.size()) {
            problems.add(new FieldProblem("categoryCodes", "Một tiêu chí phân tổ chỉ được chọn một lần"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (combos.comboIdsByCode().containsKey(input.code())) {
            throw new ConflictException("code", "Mã phân tổ '" + input.code() + "' đã tồn tại");
        }
        List<Long> categoryIds = codes.stream().map(categories::get).toList();
        long comboId = combos.insertCombo(input.code(), input.name(), input.nameEn(), categoryIds);
        List<List<CategoryOption>> product =
                cartesian(categoryIds.stream().map(combos::options).toList());
        for (List<CategoryOption> cell : product) {
            combos.insertOptionCombo(
                    comboId,
                    input.code() + "_"
                            + String.join(
                                    "_", cell.stream().map(CategoryOption::code).toList()),
                    String.join(", ", cell.stream().map(CategoryOption::name).toList()),
                    String.join(
                            ", ",
                            cell.stream()
                                    .map(o -> o.nameEn() == null ? o.name() : o.nameEn())
                                    .toList()),
                    cell.stream().map(CategoryOption::id).toList());
        }
        audit.record("CREATE", "category_combo", input.code(), product.size() + " option combos");
    }

    /** Every combination taking one option from each list, the first list varying slowest. */
    static <T> List<List<T>> cartesian(List<List<T>> lists) {
        List<List<T>> result = new ArrayList<>();
        result.add(List.of());
        for (List<T> options : lists) {
            List<List<T>> next = new ArrayList<>();
            for (List<T> prefix : result) {
                for (T option : options) {
                    List<T> cell = new ArrayList<>(prefix);
                    cell.add(option);
                    next.add(List.copyOf(cell));
                }
            }
            result = next;
        }
        return result;
    }
}
