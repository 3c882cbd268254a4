package vn.toancanh.operations.internal;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.AggregationType;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataGroupInput;
import vn.toancanh.catalog.DataItemInput;
import vn.toancanh.catalog.IndicatorInput;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.shared.PeriodType;

/**
 * The catalog items the operations' figures are written to: a group of monthly counts per unit, each created the
 * first time it is needed, with rates over them as indicators; and the writing of their values, as the system.
 */
@Component
class ComputedItems {

    private final CatalogService catalog;
    private final DataValueService values;

    ComputedItems(CatalogService catalog, DataValueService values) {
        this.catalog = catalog;
        this.values = values;
    }

    void group(String code, String name, String nameEn, String description, String sector) {
        if (catalog.findGroupByCode(code).isEmpty()) {
            catalog.createGroup(new DataGroupInput(
                    code, name, nameEn, description, sector, null, null, PeriodType.MONTHLY, SharingLevel.INTERNAL));
        }
    }

    /**
     * A monthly count of a group: added up over units and, unless {@code atPeriodEnd} (a stock at the month's end,
     * whose last month counts), over months.
     */
    void count(
            String group,
            String code,
            String name,
            String nameEn,
            String unitOfMeasure,
            boolean atPeriodEnd,
            String source,
            @org.jspecify.annotations.Nullable String legalBasis) {
        if (catalog.findItemByCode(code).isPresent()) {
            return;
        }
        catalog.createItem(new DataItemInput(
                code,
                name,
                nameEn,
                null,
                "Tính tự động từ " + source + (atPeriodEnd ? " (số cuối kỳ)" : " (số phát sinh trong kỳ)"),
                group,
                unitOfMeasure,
                ValueType.INTEGER,
                AggregationType.SUM,
                atPeriodEnd ? AggregationType.LAST : AggregationType.SUM,
                PeriodType.MONTHLY,
                null,
                null,
                null,
                SharingLevel.INTERNAL,
                source,
                legalBasis,
                null,
                BigDecimal.ZERO,
                null,
                true));
    }

    /** A rate in % over counts, as an indicator. */
    void rate(String code, String name, String nameEn, String expression, String sector, String source) {
        if (catalog.findIndicatorByCode(code).isEmpty()) {
            catalog.createIndicator(new IndicatorInput(
                    code, name, nameEn, "Tính từ " + source, expression, "%", 1, sector, SharingLevel.INTERNAL, true));
        }
    }

    /** A unit's count for a month, as a value row. */
    static DataValueInput row(String item, String period, String unitCode, long count) {
        return new DataValueInput(item, period, unitCode, null, String.valueOf(count), null);
    }

    void write(List<DataValueInput> rows) {
        if (!rows.isEmpty()) {
            values.importValues(rows, ImportOptions.defaults(ChangeSource.API));
        }
    }
}
