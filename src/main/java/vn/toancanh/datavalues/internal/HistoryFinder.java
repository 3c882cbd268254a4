package vn.toancanh.datavalues.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.datavalues.DataValuesWritten;
import vn.toancanh.datavalues.ValueChangeView;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.Period;

/** Finds one value's audit history by codes; an item the user may not read is reported as not found. */
@Component
public class HistoryFinder {

    private final CatalogService catalog;
    private final OrganisationService organisation;
    private final PeriodRepository periods;
    private final DataValueReader reader;

    HistoryFinder(
            CatalogService catalog,
            OrganisationService organisation,
            PeriodRepository periods,
            DataValueReader reader) {
        this.catalog = catalog;
        this.organisation = organisation;
        this.periods = periods;
        this.reader = reader;
    }

    public List<ValueChangeView> history(
            String dataElement, String orgUnit, String period, @Nullable String optionCombo, CurrentUser user) {
        DataItemView item = catalog.findItemByCode(dataElement.strip())
                .filter(i -> ReadScope.allows(user, i))
                .orElseThrow(() -> NotFoundException.of("chỉ tiêu", dataElement));
        UnitView unit = organisation.getByCode(orgUnit.strip());
        Period pe = Period.require(period, "pe");
        long combo = OptionComboView.DEFAULT_ID;
        if (optionCombo != null && !optionCombo.isBlank()) {
            Map<String, OptionComboView> found = catalog.findOptionCombosByCodes(List.of(optionCombo.strip()));
            OptionComboView c = found.get(optionCombo.strip());
            if (c == null) {
                throw NotFoundException.of("phân tổ", optionCombo);
            }
            combo = c.id();
        }
        Integer periodId = periods.existingIds(List.of(pe.id())).get(pe.id());
        if (periodId == null) {
            return List.of();
        }
        return reader.history(new DataValuesWritten.Key(item.id(), unit.id(), periodId, combo));
    }
}
