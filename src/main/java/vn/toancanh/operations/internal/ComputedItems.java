package vn.toancanh.operations.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.ComputedCount;
import vn.toancanh.catalog.IndicatorInput;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.ImportOptions;

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
        catalog.ensureComputedGroup(code, name, nameEn, description, sector);
    }

    /** A monthly count of a group; {@code sourceLink} where its records are listed, or null. */
    void count(ComputedCount count) {
        catalog.ensureComputedCount(count);
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
