package vn.toancanh.datavalues.internal.excel;

import java.util.ArrayList;
import java.util.HashMap;
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
import vn.toancanh.datavalues.internal.entry.EntryScope;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.Period;

/** Builds the entry template of a group × period for a unit and its children, pre-filled with stored values. */
@Component
public class ExcelTemplates {

    private final CatalogService catalog;
    private final DataValueService dataValues;
    private final EntryScope scope;

    ExcelTemplates(CatalogService catalog, DataValueService dataValues, EntryScope scope) {
        this.catalog = catalog;
        this.dataValues = dataValues;
        this.scope = scope;
    }

    public ExcelTemplate template(CurrentUser user, String groupCode, String periodId, String unitCode) {
        DataGroupView group =
                catalog.findGroupByCode(groupCode).orElseThrow(() -> NotFoundException.of("nhóm dữ liệu", groupCode));
        Period period = Period.require(periodId, "period");
        if (period.type() != group.periodType()) {
            throw InvalidInputException.of("period", "Kỳ " + periodId + " không đúng loại kỳ của nhóm " + groupCode);
        }
        UnitView unit = scope.writableUnit(user, unitCode).orElseThrow(() -> NotFoundException.of("đơn vị", unitCode));
        List<ExcelTemplate.Unit> units = scope.templateRows(user, unit).stream()
                .map(u -> new ExcelTemplate.Unit(u.code(), u.name()))
                .toList();
        return new ExcelTemplate(
                group.code(), group.name(), period, units, columns(group), values(group, period, units));
    }

    private List<ExcelTemplate.Column> columns(DataGroupView group) {
        List<ExcelTemplate.Column> columns = new ArrayList<>();
        Map<Long, List<OptionComboView>> combos = new HashMap<>();
        for (DataItemView item : catalog.itemsOfGroup(group.code())) {
            for (OptionComboView combo : combos.computeIfAbsent(item.categoryComboId(), catalog::optionCombosOf)) {
                columns.add(new ExcelTemplate.Column(
                        item.code(),
                        item.name(),
                        item.unitOfMeasure(),
                        combo.code(),
                        combo.name(),
                        combo.isDefault(),
                        item.valueType(),
                        item.minValue(),
                        item.maxValue()));
            }
        }
        return columns;
    }

    private Map<String, String> values(DataGroupView group, Period period, List<ExcelTemplate.Unit> units) {
        List<String> codes = units.stream().map(ExcelTemplate.Unit::code).toList();
        DataValueQuery query =
                new DataValueQuery(group.code(), List.of(), codes, false, List.of(period.id()), null, null);
        Map<String, String> values = new HashMap<>();
        for (DataValueView v : dataValues.values(query)) {
            values.put(ExcelTemplate.key(v.orgUnit(), v.dataElement(), v.categoryOptionCombo()), v.value());
        }
        return values;
    }
}
