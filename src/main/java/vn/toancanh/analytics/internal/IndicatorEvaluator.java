package vn.toancanh.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.IndicatorExpression;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/**
 * Evaluates indicators cell by cell on the aggregated values of their operands (DHIS2's rule: aggregate first, then
 * divide): each operand is aggregated over the cell's units and period — or the year to date, or the period before —
 * with its own item's aggregation types.
 */
@Component
class IndicatorEvaluator {

    double[] evaluate(IndicatorPlan indicator, QueryPlan plan, Aggregator aggregator, Map<Long, ItemValues> items) {
        Map<IndicatorExpression.Shift, List<QueryPlan.PeSlot>> slots = new HashMap<>();
        Map<IndicatorExpression.Operand, double[]> operandCells = new HashMap<>();
        for (Map.Entry<IndicatorExpression.Operand, IndicatorPlan.Operand> e :
                indicator.operands().entrySet()) {
            List<QueryPlan.PeSlot> periods =
                    slots.computeIfAbsent(e.getKey().shift(), shift -> shifted(plan.pe(), shift));
            IndicatorPlan.Operand o = e.getValue();
            operandCells.put(
                    e.getKey(),
                    aggregator.aggregate(o.item(), items.get(o.item().id()), o.comboId(), periods));
        }
        double[] cells = new double[plan.cellsPerDx()];
        for (int i = 0; i < cells.length; i++) {
            int cell = i;
            Double v = indicator.expression().evaluate(operand -> {
                double x = operandCells.get(operand)[cell];
                return Double.isNaN(x) ? null : x;
            });
            cells[i] = v == null ? Double.NaN : v;
        }
        return cells;
    }

    private static List<QueryPlan.PeSlot> shifted(List<QueryPlan.PeSlot> slots, IndicatorExpression.Shift shift) {
        if (shift == IndicatorExpression.Shift.CURRENT) {
            return slots;
        }
        List<QueryPlan.PeSlot> out = new ArrayList<>(slots.size());
        for (QueryPlan.PeSlot slot : slots) {
            List<Period> periods = new ArrayList<>();
            for (Period p : slot.periods) {
                periods.add(shift == IndicatorExpression.Shift.PREVIOUS ? p.previous() : yearToDate(p));
            }
            out.add(new QueryPlan.PeSlot(slot.id, periods));
        }
        return out;
    }

    /** From 1 January of the period's year to the period's end (a span, not a period of a type). */
    private static Period yearToDate(Period p) {
        LocalDate start = LocalDate.of(p.startDate().getYear(), 1, 1);
        return new Period("YTD-" + p.id(), PeriodType.DAILY, start, p.endDate());
    }
}
