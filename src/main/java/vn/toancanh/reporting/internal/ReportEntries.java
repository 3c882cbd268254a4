package vn.toancanh.reporting.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueQuery;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.DataValueView;
import vn.toancanh.reporting.ReportEntryView;
import vn.toancanh.reporting.ReportFormView;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.VietnameseNumbers;

/**
 * A report's rows with their values, and the values typed into its page turned into the rows the data values module
 * writes (only those that changed; an emptied cell deletes its value).
 */
@Component
public class ReportEntries {

    private final CatalogService catalog;
    private final DataValueService values;

    ReportEntries(CatalogService catalog, DataValueService values) {
        this.catalog = catalog;
        this.values = values;
    }

    /** The form's sections with this period's and the previous period's values of the unit. */
    public List<ReportEntryView.Section> sections(ReportFormView form, String unitCode, Period period) {
        return sections(
                form,
                period,
                stored(form, unitCode, List.of(period.id(), period.previous().id())));
    }

    /** The sections with the values of {@code stored} ({@code ITEM:COMBO:PERIOD}, this and the previous period). */
    private List<ReportEntryView.Section> sections(ReportFormView form, Period period, Map<String, String> stored) {
        Map<String, DataItemView> items = catalog.findItemsByCodes(
                form.items().stream().map(ReportFormView.Item::code).toList());
        List<ReportEntryView.Section> sections = new ArrayList<>();
        int number = 0;
        for (ReportFormView.Section s : form.sections()) {
            List<ReportEntryView.Row> rows = new ArrayList<>();
            for (ReportFormView.Item i : s.items()) {
                DataItemView item = items.get(i.code());
                if (item == null) {
                    continue;
                }
                number++;
                for (OptionComboView combo : combos(item)) {
                    String key = i.code() + ":" + combo.code();
                    boolean numeric = item.valueType().isNumeric();
                    rows.add(new ReportEntryView.Row(
                            number,
                            i.code(),
                            i.name(),
                            i.unitOfMeasure(),
                            combo.code(),
                            combo.code().equals(OptionComboView.DEFAULT_CODE) ? null : combo.name(),
                            "v:" + key,
                            display(stored.get(key + ":" + period.id()), numeric),
                            display(stored.get(key + ":" + period.previous().id()), numeric),
                            numeric));
                }
            }
            sections.add(new ReportEntryView.Section(s.title(), rows));
        }
        return sections;
    }

    /**
     * The rows to write for what was typed ({@code v:ITEM:COMBO} → text as typed), compared with what is stored: only
     * changed values, Vietnamese numbers converted; fields of other forms are ignored.
     */
    public List<DataValueInput> changes(
            ReportFormView form, String unitCode, Period period, Map<String, String> typed) {
        Map<String, String> stored =
                stored(form, unitCode, List.of(period.id(), period.previous().id()));
        List<DataValueInput> rows = new ArrayList<>();
        for (ReportEntryView.Section s : sections(form, period, stored)) {
            for (ReportEntryView.Row row : s.rows()) {
                if (!typed.containsKey(row.field())) {
                    continue;
                }
                String value = VietnameseNumbers.toMachine(typed.get(row.field()));
                String before = stored.get(row.itemCode() + ":" + row.comboCode() + ":" + period.id());
                if (value == null ? before == null : value.equals(before)) {
                    continue;
                }
                rows.add(new DataValueInput(row.itemCode(), period.id(), unitCode, row.comboCode(), value, null));
            }
        }
        return rows;
    }

    private List<OptionComboView> combos(DataItemView item) {
        List<OptionComboView> combos = catalog.optionCombosOf(item.categoryComboId());
        return combos.isEmpty()
                ? List.of(new OptionComboView(
                        OptionComboView.DEFAULT_ID, item.categoryComboId(), OptionComboView.DEFAULT_CODE, "", null))
                : combos;
    }

    /** Stored values by {@code ITEM:COMBO:PERIOD}. */
    private Map<String, String> stored(ReportFormView form, String unitCode, List<String> periods) {
        Map<String, String> out = new HashMap<>();
        List<String> codes =
                form.items().stream().map(ReportFormView.Item::code).toList();
        if (codes.isEmpty()) {
            return out;
        }
        for (DataValueView v :
                values.values(new DataValueQuery(null, codes, List.of(unitCode), false, periods, null, null))) {
            out.put(v.dataElement() + ":" + v.categoryOptionCombo() + ":" + v.period(), v.value());
        }
        return out;
    }

    private static String display(@Nullable String stored, boolean numeric) {
        if (stored == null) {
            return "";
        }
        return numeric ? VietnameseNumbers.format(stored) : stored;
    }
}
