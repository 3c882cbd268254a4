package vn.toancanh.datavalues.internal.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataGroupView;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.datavalues.DataValueQuery;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.DataValueView;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.VietnameseNumbers;

/** Builds the entry grid: the group's items and disaggregations with this period's and the previous one's values. */
@Component
public class EntryGrids {

    private final CatalogService catalog;
    private final DataValueService dataValues;

    EntryGrids(CatalogService catalog, DataValueService dataValues) {
        this.catalog = catalog;
        this.dataValues = dataValues;
    }

    public EntryGrid grid(DataGroupView group, UnitView unit, Period period) {
        Map<Long, List<DataItemView>> byCombo = new LinkedHashMap<>();
        for (DataItemView item : catalog.itemsOfGroup(group.code())) {
            byCombo.computeIfAbsent(item.categoryComboId(), c -> new ArrayList<>())
                    .add(item);
        }
        Map<String, String> values = byKey(group, unit, period);
        Map<String, String> previous = byKey(group, unit, period.previous());
        List<EntryGrid.Table> tables = new ArrayList<>();
        for (Map.Entry<Long, List<DataItemView>> entry : byCombo.entrySet()) {
            List<OptionComboView> combos = catalog.optionCombosOf(entry.getKey());
            int index = tables.size();
            List<EntryGrid.Row> rows = new ArrayList<>();
            for (DataItemView item : entry.getValue()) {
                List<EntryCell> cells = new ArrayList<>();
                for (OptionComboView combo : combos) {
                    String key = key(item.code(), combo.code());
                    cells.add(cell(
                            item,
                            combo,
                            unit,
                            period,
                            values.get(key),
                            previous.get(key),
                            index,
                            rows.size(),
                            cells.size()));
                }
                rows.add(new EntryGrid.Row(item, cells));
            }
            tables.add(new EntryGrid.Table(index, combos, rows));
        }
        return new EntryGrid(group, unit, period, tables);
    }

    private Map<String, String> byKey(DataGroupView group, UnitView unit, Period period) {
        DataValueQuery query = new DataValueQuery(
                group.code(), List.of(), List.of(unit.code()), false, List.of(period.id()), null, null);
        Map<String, String> values = new LinkedHashMap<>();
        for (DataValueView value : dataValues.values(query)) {
            values.put(key(value.dataElement(), value.categoryOptionCombo()), value.value());
        }
        return values;
    }

    private static EntryCell cell(
            DataItemView item,
            OptionComboView combo,
            UnitView unit,
            Period period,
            String value,
            String previous,
            int table,
            int row,
            int column) {
        boolean numeric = item.valueType().isNumeric();
        return new EntryCell(
                EntryCell.domId(item.id(), combo.id()),
                unit.code(),
                period.id(),
                item.code(),
                combo.code(),
                label(item, combo),
                numeric,
                numeric ? VietnameseNumbers.format(value) : nullToEmpty(value),
                numeric ? VietnameseNumbers.format(previous) : nullToEmpty(previous),
                EntryCell.State.STORED,
                null,
                table,
                row,
                column);
    }

    /** The accessible name of an input: the item, and the disaggregation when there is one. */
    static String label(DataItemView item, OptionComboView combo) {
        return combo.isDefault() ? item.name() : item.name() + " – " + combo.name();
    }

    static String key(String itemCode, String comboCode) {
        return itemCode
                + '\u0000'
                + (comboCode == null || comboCode.isBlank() ? OptionComboView.DEFAULT_CODE : comboCode);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
