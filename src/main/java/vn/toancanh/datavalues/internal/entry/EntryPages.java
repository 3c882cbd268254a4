package vn.toancanh.datavalues.internal.entry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataGroupView;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.Period;

/**
 * Resolves the page's query parameters into choices: anything unknown, out of the user's scope or of the wrong period
 * type falls back to a default rather than failing, so an old shared link still opens something sensible.
 */
@Component
public class EntryPages {

    private final EntryScope scope;
    private final EntryGrids grids;
    private final CatalogService catalog;
    private final SectorLabels sectors;
    private final Clock clock = Clock.systemDefaultZone();

    EntryPages(EntryScope scope, EntryGrids grids, CatalogService catalog, SectorLabels sectors) {
        this.scope = scope;
        this.grids = grids;
        this.catalog = catalog;
        this.sectors = sectors;
    }

    public EntryPage page(
            CurrentUser user, @Nullable String unitCode, @Nullable String groupCode, @Nullable String periodId) {
        List<UnitView> units = scope.writableUnits(user);
        List<DataGroupView> groups = catalog.allGroups();
        UnitView unit = chooseUnit(user, units, unitCode);
        DataGroupView group =
                blank(groupCode) ? null : catalog.findGroupByCode(groupCode).orElse(null);
        LocalDate today = LocalDate.now(clock);
        List<Period> periods = group == null ? List.of() : EntryPeriods.recent(group.periodType(), today);
        Period period = group == null ? null : choosePeriod(group, periodId, today);
        EntryGrid grid = null;
        String empty;
        if (units.isEmpty()) {
            empty = "entry.empty.noUnit";
        } else if (unit == null || group == null) {
            empty = "entry.empty.choose";
        } else {
            grid = grids.grid(group, unit, period);
            empty = grid.hasItems() ? null : "entry.empty.noItems";
        }
        return new EntryPage(units, unit, headings(groups), group, periods, period, grid, empty);
    }

    private @Nullable UnitView chooseUnit(CurrentUser user, List<UnitView> units, @Nullable String code) {
        if (!blank(code)) {
            Optional<UnitView> chosen = scope.writableUnit(user, code);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        // Officers start on their own unit; an admin picks one among many.
        return user.isAdmin() || units.isEmpty() ? null : units.get(0);
    }

    private static Period choosePeriod(DataGroupView group, @Nullable String id, LocalDate today) {
        return Period.parse(id)
                .filter(p -> p.type() == group.periodType())
                .orElseGet(() -> EntryPeriods.defaultPeriod(group.periodType(), today));
    }

    private List<EntryPage.GroupHeading> headings(List<DataGroupView> groups) {
        Map<String, List<DataGroupView>> bySector = new LinkedHashMap<>();
        for (DataGroupView group : groups) {
            bySector.computeIfAbsent(sectors.of(group.domainCode(), group.sectorCode()), k -> new ArrayList<>())
                    .add(group);
        }
        return bySector.entrySet().stream()
                .map(e -> new EntryPage.GroupHeading(e.getKey(), e.getValue()))
                .toList();
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
