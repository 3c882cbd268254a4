package vn.toancanh.reports.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.datavalues.DataValueView;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;

/** The names an export writes beside the codes, each looked up once per export. */
final class ExportNames {

    record Names(String item, String unitOfMeasure, String unit, String combo) {}

    private final CatalogService catalog;
    private final OrganisationService organisation;
    private final Map<String, DataItemView> items = new HashMap<>();
    private final Map<String, String> units = new HashMap<>();
    private final Map<String, String> combos = new HashMap<>();

    ExportNames(CatalogService catalog, OrganisationService organisation) {
        this.catalog = catalog;
        this.organisation = organisation;
    }

    Names of(DataValueView v) {
        DataItemView item = items.computeIfAbsent(
                v.dataElement(), code -> catalog.findItemByCode(code).orElse(null));
        String unit = units.computeIfAbsent(
                v.orgUnit(),
                code -> organisation.findByCode(code).map(UnitView::name).orElse(code));
        String combo = combos.computeIfAbsent(v.categoryOptionCombo(), code -> {
            OptionComboView c = catalog.findOptionCombosByCodes(List.of(code)).get(code);
            return c == null || c.code().equals("default") ? "" : c.name();
        });
        return new Names(
                item == null ? v.dataElement() : item.name(),
                item == null || item.unitOfMeasure() == null ? "" : item.unitOfMeasure(),
                unit,
                combo);
    }
}
