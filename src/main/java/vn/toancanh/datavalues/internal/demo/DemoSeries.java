package vn.toancanh.datavalues.internal.demo;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.AggregationType;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.shared.Period;

/**
 * One item as reported by one unit over a run of periods: what the generator needs to make its values.
 *
 * @param unitWeight how big the unit is relative to a commune (a district department reports district totals)
 * @param comboCodes the item's option combos; a single {@code default} for items without disaggregation
 */
public record DemoSeries(
        String itemCode,
        @Nullable String unitOfMeasure,
        ValueType valueType,
        AggregationType timeAggregation,
        @Nullable BigDecimal min,
        @Nullable BigDecimal max,
        String sectorCode,
        String unitCode,
        double unitWeight,
        List<String> comboCodes,
        List<Period> periods) {}
