package vn.toancanh.analytics.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogChanged;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.IndicatorView;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.organisation.UnitsChanged;

/**
 * What queries need from the catalog and the unit hierarchy, cached: a dashboard asks for the same items and units
 * again and again, and the broad query names every item. Dropped when units change; items are looked up by code and
 * refreshed when the catalog says so.
 */
@Component
class Lookups {

    private final CatalogService catalog;
    private final OrganisationService organisation;
    private final Map<String, DataItemView> itemsByCode = new ConcurrentHashMap<>();
    private final Map<String, List<DataItemView>> itemsByGroup = new ConcurrentHashMap<>();
    private final Map<Long, List<OptionComboView>> combos = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> groupMembers = new ConcurrentHashMap<>();
    private final Map<String, Optional<IndicatorView>> indicators = new ConcurrentHashMap<>();
    private volatile @Nullable UnitTree units;

    Lookups(CatalogService catalog, OrganisationService organisation) {
        this.catalog = catalog;
        this.organisation = organisation;
    }

    /** Items by code; unknown codes are absent. */
    Map<String, DataItemView> items(Collection<String> codes) {
        List<String> missing =
                codes.stream().filter(c -> !itemsByCode.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            itemsByCode.putAll(catalog.findItemsByCodes(missing));
        }
        Map<String, DataItemView> found = new java.util.LinkedHashMap<>();
        for (String code : codes) {
            DataItemView item = itemsByCode.get(code);
            if (item != null) {
                found.put(code, item);
            }
        }
        return found;
    }

    /** The active items of a group in display order; empty when the group does not exist. */
    Optional<List<DataItemView>> groupItems(String groupCode) {
        List<DataItemView> items = itemsByGroup.get(groupCode);
        if (items == null) {
            if (catalog.findGroupByCode(groupCode).isEmpty()) {
                return Optional.empty();
            }
            items = catalog.itemsOfGroup(groupCode).stream()
                    .filter(DataItemView::active)
                    .toList();
            itemsByGroup.put(groupCode, items);
            items.forEach(i -> itemsByCode.putIfAbsent(i.code(), i));
        }
        return Optional.of(items);
    }

    List<OptionComboView> optionCombos(long categoryComboId) {
        return combos.computeIfAbsent(categoryComboId, catalog::optionCombosOf);
    }

    UnitTree units() {
        UnitTree tree = units;
        if (tree == null) {
            List<UnitView> all = new ArrayList<>();
            for (UnitView root : organisation.roots()) {
                all.addAll(organisation.subtree(root.id()));
            }
            tree = new UnitTree(all, organisation.successions());
            units = tree;
        }
        return tree;
    }

    List<Long> groupMembers(String groupCode) {
        return groupMembers.computeIfAbsent(
                groupCode,
                g -> organisation.groupMembers(g).stream().map(UnitView::id).toList());
    }

    /** Values arrived for these units: a unit the snapshot does not know means the hierarchy changed. */
    void unitsSeen(java.util.Collection<Long> unitIds) {
        UnitTree tree = units;
        if (tree != null && unitIds.stream().anyMatch(id -> tree.byId(id).isEmpty())) {
            units = null;
        }
    }

    /** A unit code the snapshot does not know: look again once, the unit may be new. */
    Optional<UnitView> unitByCode(String code) {
        Optional<UnitView> unit = units().byCode(code);
        if (unit.isEmpty()) {
            units = null;
            unit = units().byCode(code);
        }
        return unit;
    }

    @EventListener
    void on(UnitsChanged changed) {
        units = null;
        groupMembers.clear();
    }

    /** An indicator by code, looked up once until the catalog changes. */
    Optional<IndicatorView> indicator(String code, java.util.function.Function<String, Optional<IndicatorView>> find) {
        Optional<IndicatorView> found = indicators.get(code);
        if (found == null || found.isEmpty()) {
            found = find.apply(code);
            indicators.put(code, found);
        }
        return found;
    }

    /** The catalog changed: items, groups, combos and indicators are looked up again. */
    @EventListener
    void on(CatalogChanged changed) {
        itemsByCode.clear();
        itemsByGroup.clear();
        combos.clear();
        indicators.clear();
    }
}
