package vn.toancanh.datavalues.internal.entry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;

/**
 * The units a user may enter values for: every unit for an admin; for an officer their own unit and its subtree, plus
 * the units that report the data groups their unit owns (a finance department enters the communes' budget figures).
 * The import path checks scope again on every row, item by item; this only keeps the pickers honest.
 */
@Component
public class EntryScope {

    private final OrganisationService organisation;
    private final CatalogService catalog;

    EntryScope(OrganisationService organisation, CatalogService catalog) {
        this.organisation = organisation;
        this.catalog = catalog;
    }

    public List<UnitView> writableUnits(CurrentUser user) {
        if (user.isAdmin()) {
            List<UnitView> all = new ArrayList<>();
            organisation.roots().forEach(root -> all.addAll(organisation.subtree(root.id())));
            return all;
        }
        Long home = user.unitId();
        if (!user.role().isOfficer() || home == null) {
            return List.of();
        }
        Map<Long, UnitView> units = new LinkedHashMap<>();
        organisation.subtree(home).forEach(u -> units.put(u.id(), u));
        List<String> reporters = catalog.allGroups().stream()
                .filter(g -> home.equals(g.ownerUnitId()))
                .flatMap(g -> catalog.getGroupDetail(g.code()).reportingUnitCodes().stream())
                .distinct()
                .toList();
        organisation.findByCodes(reporters).values().stream()
                .sorted(Comparator.comparing(UnitView::path))
                .forEach(u -> units.putIfAbsent(u.id(), u));
        return List.copyOf(units.values());
    }

    /** The unit by code when the user may write it; empty otherwise (unknown and out-of-scope look the same). */
    public Optional<UnitView> writableUnit(CurrentUser user, String code) {
        Optional<UnitView> unit = organisation.findByCode(code);
        if (unit.isEmpty() || user.isAdmin()) {
            return unit;
        }
        return writableUnits(user).stream()
                .filter(u -> u.id() == unit.get().id())
                .findFirst();
    }

    /** The unit and its direct children that the user may write: the rows of an Excel template. */
    public List<UnitView> templateRows(CurrentUser user, UnitView unit) {
        List<UnitView> rows = new ArrayList<>();
        rows.add(unit);
        Set<Long> writable = user.isAdmin()
                ? null
                : writableUnits(user).stream().map(UnitView::id).collect(Collectors.toSet());
        organisation.children(unit.id()).stream()
                .filter(child -> writable == null || writable.contains(child.id()))
                .forEach(rows::add);
        return rows;
    }
}
