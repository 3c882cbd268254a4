package vn.toancanh.datavalues.internal.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;

/**
 * The units a user may enter values for: an officer's own unit and its subtree, every unit for an admin. The import
 * path checks scope again on every row; this only keeps the pickers honest.
 */
@Component
public class EntryScope {

    private final OrganisationService organisation;

    EntryScope(OrganisationService organisation) {
        this.organisation = organisation;
    }

    public List<UnitView> writableUnits(CurrentUser user) {
        if (user.isAdmin()) {
            List<UnitView> all = new ArrayList<>();
            organisation.roots().forEach(root -> all.addAll(organisation.subtree(root.id())));
            return all;
        }
        if (!user.role().isOfficer() || user.unitId() == null) {
            return List.of();
        }
        return organisation.subtree(user.unitId());
    }

    /** The unit by code when the user may write it; empty otherwise (unknown and out-of-scope look the same). */
    public Optional<UnitView> writableUnit(CurrentUser user, String code) {
        Optional<UnitView> unit = organisation.findByCode(code);
        if (unit.isEmpty() || user.isAdmin()) {
            return unit;
        }
        Long home = user.unitId();
        return home != null
                        && user.role().isOfficer()
                        && organisation.isWithin(unit.get().id(), home)
                ? unit
                : Optional.empty();
    }

    /** The unit and its direct children that the user may write: the rows of an Excel template. */
    public List<UnitView> templateRows(CurrentUser user, UnitView unit) {
        List<UnitView> rows = new ArrayList<>();
        rows.add(unit);
        organisation.children(unit.id()).stream()
                .filter(child -> writableUnit(user, child.code()).isPresent())
                .forEach(rows::add);
        return rows;
    }
}
