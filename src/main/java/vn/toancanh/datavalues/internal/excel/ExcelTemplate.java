package vn.toancanh.datavalues.internal.excel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.shared.Period;

/**
 * What an entry template holds: one group and period, units as rows, (item × option combo) as columns, and the values
 * already stored so a template doubles as a printout.
 *
 * @param values stored values by {@link #key(String, String, String)}
 */
public record ExcelTemplate(
        String groupCode,
        String groupName,
        Period period,
        List<Unit> units,
        List<Column> columns,
        Map<String, String> values) {

    public record Unit(String code, String name) {}

    public record Column(
            String itemCode,
            String itemName,
            @Nullable String unitOfMeasure,
            String comboCode,
            String comboName,
            boolean defaultCombo,
            ValueType valueType,
            @Nullable BigDecimal min,
            @Nullable BigDecimal max) {

        /** The visible header: the Vietnamese name and, in brackets, the unit of measure. */
        public String label() {
            return unitOfMeasure == null || unitOfMeasure.isBlank() ? itemName : itemName + " (" + unitOfMeasure + ")";
        }
    }

    public static String key(String unitCode, String itemCode, String comboCode) {
        return unitCode + '\u0000' + itemCode + '\u0000' + comboCode;
    }
}
