package vn.toancanh.catalog.internal;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogChanged;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.IndicatorExpression;
import vn.toancanh.catalog.IndicatorExpression.Operand;
import vn.toancanh.catalog.IndicatorInput;
import vn.toancanh.catalog.IndicatorView;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.identity.AuditService;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;

/**
 * Creates and updates indicators: the formula must parse and use only existing numeric items and their own
 * disaggregation cells; the code must be new among indicators and data items. Audited; publishes
 * {@link CatalogChanged}.
 */
@Component
public class IndicatorWriter {

    /** Item types a formula may use; yes/no values count as 1 and 0. */
    static final Set<ValueType> NUMERIC =
            EnumSet.of(ValueType.NUMBER, ValueType.INTEGER, ValueType.PERCENTAGE, ValueType.BOOLEAN);

    private final Validator validator;
    private final IndicatorRepository indicators;
    private final DataItemRepository items;
    private final GroupAndComboRepository combos;
    private final DomainRepository domains;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    IndicatorWriter(
            Validator validator,
            IndicatorRepository indicators,
            DataItemRepository items,
            GroupAndComboRepository combos,
            DomainRepository domains,
            AuditService audit,
            ApplicationEventPublisher events) {
        this.validator = validator;
        this.indicators = indicators;
        this.items = items;
        this.combos = combos;
        this.domains = domains;
        this.audit = audit;
        this.events = events;
    }

    public void create(IndicatorInput input) {
        Long sectorId = validOrThrow(input);
        String code = input.code().trim();
        if (indicators.findByCode(code).isPresent()) {
            throw new ConflictException("code", "Mã chỉ số '" + code + "' đã tồn tại");
        }
        if (items.findByCode(code).isPresent()) {
            throw new ConflictException("code", "Mã '" + code + "' đã là mã của một chỉ tiêu dữ liệu");
        }
        write("CREATE", input, sectorId);
    }

    public void update(String code, IndicatorInput input) {
        if (indicators.findByCode(code).isEmpty()) {
            throw NotFoundException.of("chỉ số", code);
        }
        if (input.code() != null && !code.equals(input.code().trim())) {
            throw InvalidInputException.of("code", "Không được đổi mã chỉ số (mã hiện tại: " + code + ")");
        }
        write("UPDATE", input, validOrThrow(input));
    }

    private void write(String action, IndicatorInput input, @Nullable Long sectorId) {
        IndicatorView row = normalised(input);
        indicators.upsert(row, sectorId);
        audit.record(action, "indicator", row.code(), row.name() + ": " + row.expression());
        events.publishEvent(new CatalogChanged(CatalogChanged.INDICATOR, Set.of(row.code())));
    }

    /** Every problem of the input except a taken code, without writing (forms add their own parse errors). */
    public List<FieldProblem> problems(IndicatorInput input) {
        try {
            validOrThrow(input);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }

    /** The sector id of a valid input; every problem at once otherwise. */
    private @Nullable Long validOrThrow(IndicatorInput input) {
        List<FieldProblem> problems = new ArrayList<>(ItemValidator.beanProblems(validator.validate(input)));
        problems.addAll(expressionProblems(input.expression()));
        Long sectorId = null;
        if (ItemValidator.hasText(input.sectorCode())) {
            sectorId = domains.sectorIdsByCode().get(input.sectorCode().trim());
            if (sectorId == null) {
                problems.add(new FieldProblem("sectorCode", "Không tìm thấy lĩnh vực '" + input.sectorCode() + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return sectorId;
    }

    /** Syntax first; then each operand's item must exist, be numeric and own the cell it names. */
    List<FieldProblem> expressionProblems(@Nullable String text) {
        IndicatorExpression expression;
        try {
            expression = IndicatorExpression.parse(text);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        Map<String, DataItemView> found = items.findByCodes(
                expression.operands().stream().map(Operand::itemCode).distinct().toList());
        Map<String, OptionComboView> cells = combos.optionCombosByCodes(expression.operands().stream()
                .map(Operand::comboCode)
                .filter(c -> c != null)
                .distinct()
                .toList());
        List<String> reasons = new ArrayList<>();
        for (Operand operand : expression.operands()) {
            String reason = operandProblem(operand, found.get(operand.itemCode()), cells);
            if (reason != null && !reasons.contains(reason)) {
                reasons.add(reason);
            }
        }
        return reasons.stream().map(r -> new FieldProblem("expression", r)).toList();
    }

    private static @Nullable String operandProblem(
            Operand operand, @Nullable DataItemView item, Map<String, OptionComboView> cells) {
        if (item == null) {
            return "Không tìm thấy chỉ tiêu '" + operand.itemCode() + "' dùng trong biểu thức";
        }
        if (!NUMERIC.contains(item.valueType())) {
            return "Chỉ tiêu '" + item.code() + "' có kiểu " + ValueTypeLabels.vi(item.valueType())
                    + ", không dùng được trong biểu thức (chỉ dùng kiểu số, tỷ lệ %, có/không)";
        }
        if (operand.comboCode() == null) {
            return null;
        }
        OptionComboView cell = cells.get(operand.comboCode());
        if (cell == null) {
            return "Không tìm thấy phân tổ '" + operand.comboCode() + "' dùng trong biểu thức";
        }
        if (!cell.isDefault() && cell.comboId() != item.categoryComboId()) {
            return "Phân tổ '" + cell.code() + "' không thuộc chỉ tiêu '" + item.code() + "'";
        }
        return null;
    }

    /** Trimmed text, the formula in its normalised form. */
    private static IndicatorView normalised(IndicatorInput input) {
        return new IndicatorView(
                0,
                input.code().trim(),
                input.name().trim(),
                ItemWriter.blankToNull(input.nameEn()),
                ItemWriter.blankToNull(input.description()),
                IndicatorExpression.parse(input.expression()).text(),
                ItemWriter.blankToNull(input.unitOfMeasure()),
                input.decimals(),
                ItemWriter.blankToNull(input.sectorCode()),
                input.sharing(),
                input.active());
    }
}
