package vn.toancanh.datavalues.internal.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataGroupView;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.organisation.UnitView;

/**
 * Which units report a group in the demo: its owner (a district department; the district itself when the group has
 * no owner) and, for about one group in five, all the units the catalog declares as its reporters (the communes).
 * Filling every declared reporter of every group would make about 1.7 million values for the DEMO size, too many for
 * a first start of a few seconds; the other groups stand for data only their owner has entered so far.
 */
@Component
class DemoReporters {

    /** One group in this many is also reported by each commune. */
    static final int COMMUNE_GROUP_EVERY = 5;

    private final OrganisationService organisation;
    private final CatalogService catalog;

    DemoReporters(OrganisationService organisation, CatalogService catalog) {
        this.organisation = organisation;
        this.catalog = catalog;
    }

    List<UnitView> of(DataGroupView group, long seed) {
        Optional<UnitView> owner =
                group.ownerUnitId() == null ? Optional.empty() : organisation.findById(group.ownerUnitId());
        Optional<UnitView> district = owner.flatMap(this::districtOf)
                .or(this::firstDistrict)
                .or(() -> organisation.roots().stream().findFirst());
        List<UnitView> units = new ArrayList<>();
        owner.or(() -> district).ifPresent(units::add);
        if (Math.floorMod(group.code().hashCode() + seed, COMMUNE_GROUP_EVERY) == 0) {
            List<String> declared = catalog.getGroupDetail(group.code()).reportingUnitCodes();
            organisation.findByCodes(declared).values().stream()
                    .filter(u -> units.stream().noneMatch(v -> v.id() == u.id()))
                    .sorted(Comparator.comparing(UnitView::code))
                    .forEach(units::add);
        }
        return units;
    }

    static double weight(UnitView unit) {
        return switch (unit.kind()) {
            case PROVINCE -> 100;
            case DISTRICT, DEPARTMENT -> 12;
            case PARTNER -> 4;
            default -> 1;
        };
    }

    private Optional<UnitView> districtOf(UnitView unit) {
        if (unit.kind() == UnitKind.DISTRICT) {
            return Optional.of(unit);
        }
        return unit.parentId() == null
                ? Optional.empty()
                : organisation.findById(unit.parentId()).flatMap(this::districtOf);
    }

    private Optional<UnitView> firstDistrict() {
        for (UnitView root : organisation.roots()) {
            Optional<UnitView> district = organisation.subtree(root.id()).stream()
                    .filter(u -> u.kind() == UnitKind.DISTRICT)
                    .findFirst();
            if (district.isPresent()) {
                return district;
            }
        }
        return Optional.empty();
    }
}
