package vn.toancanh.analytics.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.IndicatorExpression;

/**
 * An indicator in a query: its formula is evaluated on the aggregated values of its operands, cell by cell.
 *
 * @param operands each operand of the formula with its item and, for {@code #{ITEM.COMBO}}, the combo id
 */
record IndicatorPlan(
        String code,
        String name,
        @Nullable String nameEn,
        @Nullable String unitOfMeasure,
        int decimals,
        IndicatorExpression expression,
        Map<IndicatorExpression.Operand, Operand> operands) {

    record Operand(DataItemView item, @Nullable Long comboId) {}
}
