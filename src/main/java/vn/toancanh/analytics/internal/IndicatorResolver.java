package vn.toancanh.analytics.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.IndicatorExpression;
import vn.toancanh.catalog.IndicatorView;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.shared.InvalidInputException;

/** Finds indicators by code and resolves their operands to items, checking the caller may read them all. */
@Component
class IndicatorResolver {

    private final CatalogService catalog;
    private final Lookups lookups;

    IndicatorResolver(CatalogService catalog, Lookups lookups) {
        this.catalog = catalog;
        this.lookups = lookups;
    }

    Optional<IndicatorPlan> find(String code, CurrentUser user) {
        Optional<IndicatorView> found = lookups.indicator(code, catalog::findIndicatorByCode);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IndicatorView indicator = found.get();
        if (indicator.sharing() == SharingLevel.RESTRICTED && !user.readsAll()) {
            throw new AccessDeniedException("Chỉ số " + code + " không được chia sẻ cho người dùng này");
        }
        IndicatorExpression expression = indicator.parsedExpression();
        Map<String, DataItemView> items = lookups.items(expression.operands().stream()
                .map(IndicatorExpression.Operand::itemCode)
                .toList());
        Map<IndicatorExpression.Operand, IndicatorPlan.Operand> operands = new LinkedHashMap<>();
        for (IndicatorExpression.Operand o : expression.operands()) {
            DataItemView item = items.get(o.itemCode());
            if (item == null) {
                throw InvalidInputException.of(
                        "dimension", "Chỉ số " + code + " dùng chỉ tiêu không còn tồn tại: " + o.itemCode());
            }
            if (!item.readableBy(user)) {
                throw new AccessDeniedException("Chỉ số " + code + " dùng chỉ tiêu bị giới hạn " + o.itemCode());
            }
            Long combo = null;
            if (o.comboCode() != null) {
                combo = lookups.optionCombos(item.categoryComboId()).stream()
                        .filter(c -> c.code().equals(o.comboCode()))
                        .map(OptionComboView::id)
                        .findFirst()
                        .orElseThrow(() -> InvalidInputException.of(
                                "dimension", "Chỉ số " + code + " dùng phân tổ không tồn tại: " + o.comboCode()));
            }
            operands.put(o, new IndicatorPlan.Operand(item, combo));
        }
        return Optional.of(new IndicatorPlan(
                indicator.code(),
                indicator.name(),
                indicator.nameEn(),
                indicator.unitOfMeasure(),
                indicator.decimals(),
                expression,
                operands));
    }
}
