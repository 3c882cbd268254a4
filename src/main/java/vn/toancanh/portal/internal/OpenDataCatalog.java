package vn.toancanh.portal.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.GroupFilter;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.datavalues.DataValueQuery;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.DataValueView;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;

/**
 * Open data: the data groups the catalog marks public, and of each only its public, active items. A group that is
 * not public is "not found", exactly like one that does not exist, so the portal never confirms an internal code.
 */
@Component
public class OpenDataCatalog {

    /** Values from this day on: earlier than any data the system holds. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);

    private final CatalogService catalog;
    private final DataValueService values;
    private final OrganisationService organisation;
    private final PortalSite site;
    private final Cache<String, DatasetStats> stats = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5))
            .maximumSize(2_000)
            .build();

    OpenDataCatalog(
            CatalogService catalog, DataValueService values, OrganisationService organisation, PortalSite site) {
        this.catalog = catalog;
        this.values = values;
        this.organisation = organisation;
        this.site = site;
    }

    /** One page of the public groups, searched ignoring diacritics ("giao duc" finds Giáo dục). */
    public PageResult<DatasetView> datasets(String search, int page, int pageSize) {
        return catalog.listGroups(
                        new PageQuery(page, pageSize, search, "", false),
                        new GroupFilter(null, null, SharingLevel.PUBLIC))
                .map(d -> DatasetView.from(d, items(d.group().code()).size()));
    }

    /** Every public group, in catalog order. */
    public List<DatasetView> allDatasets() {
        return datasets("", 1, PageQuery.MAX_SIZE).items();
    }

    /** Public groups of these sectors. */
    public List<DatasetView> datasetsOfSectors(List<String> sectorCodes) {
        return allDatasets().stream()
                .filter(d -> sectorCodes.contains(d.sectorCode()))
                .toList();
    }

    public DatasetView dataset(String code) {
        return find(code).orElseThrow(() -> NotFoundException.of("bộ dữ liệu mở", code));
    }

    public Optional<DatasetView> find(String code) {
        return catalog.findGroupByCode(code)
                .filter(g -> g.sharing() == SharingLevel.PUBLIC)
                .map(g -> DatasetView.from(
                        catalog.getGroupDetail(g.code()), items(g.code()).size()));
    }

    /** The group's public, active items, in display order. */
    public List<DataItemView> items(String groupCode) {
        return catalog.itemsOfGroup(groupCode).stream()
                .filter(i -> i.active() && i.sharing() == SharingLevel.PUBLIC)
                .toList();
    }

    /** Public items by code, only those in a public group. */
    public Map<String, DataItemView> publicItems(List<String> codes) {
        Map<String, DataItemView> found = new HashMap<>(catalog.findItemsByCodes(codes));
        found.values().removeIf(i -> !i.active() || i.sharing() != SharingLevel.PUBLIC || !groupIsPublic(i));
        return found;
    }

    private boolean groupIsPublic(DataItemView item) {
        return catalog.findGroupByCode(item.groupCode())
                .filter(g -> g.sharing() == SharingLevel.PUBLIC)
                .isPresent();
    }

    /**
     * Streams the dataset's published values for the portal's unit and every unit below it, of one year or of every
     * year, ordered by item, unit, period and disaggregation.
     */
    public void values(DatasetView dataset, @Nullable Integer year, Consumer<PublicValue> sink) {
        List<DataItemView> items = items(dataset.code());
        if (items.isEmpty()) {
            return;
        }
        Map<String, DataItemView> byCode = new HashMap<>();
        items.forEach(i -> byCode.put(i.code(), i));
        Map<String, String> unitNames = unitNames();
        Map<String, String> comboNames = new HashMap<>();
        LocalDate from = year == null ? FIRST_DAY : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? LocalDate.now().plusYears(1) : LocalDate.of(year, 12, 31);
        var query = new DataValueQuery(
                null, List.copyOf(byCode.keySet()), List.of(site.unitCode()), true, List.of(), from, to);
        values.exportValues(query, v -> {
            if (unitNames.containsKey(v.orgUnit())) {
                sink.accept(toPublic(v, byCode.get(v.dataElement()), unitNames, comboNames));
            }
        });
    }

    /** Counts, period range and last change of a dataset's values; kept five minutes. */
    public DatasetStats stats(DatasetView dataset) {
        return stats.get(dataset.code(), code -> {
            long[] count = {0};
            String[] range = {null, null};
            Instant[] modified = {null};
            values(dataset, null, v -> {
                count[0]++;
                range[0] = range[0] == null || v.period().compareTo(range[0]) < 0 ? v.period() : range[0];
                range[1] = range[1] == null || v.period().compareTo(range[1]) > 0 ? v.period() : range[1];
                modified[0] =
                        modified[0] == null || v.lastUpdated().isAfter(modified[0]) ? v.lastUpdated() : modified[0];
            });
            return count[0] == 0 ? DatasetStats.EMPTY : new DatasetStats(count[0], range[0], range[1], modified[0]);
        });
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        organisation
                .findByCode(site.unitCode())
                .ifPresent(root -> organisation.subtree(root.id()).forEach(u -> names.put(u.code(), u.name())));
        return names;
    }

    private PublicValue toPublic(
            DataValueView v, DataItemView item, Map<String, String> unitNames, Map<String, String> comboNames) {
        String combo = comboNames.computeIfAbsent(
                v.categoryOptionCombo(),
                code -> OptionComboView.DEFAULT_CODE.equals(code)
                        ? "Tổng số"
                        : Optional.ofNullable(catalog.findOptionCombosByCodes(List.of(code))
                                        .get(code))
                                .map(OptionComboView::name)
                                .orElse(code));
        return new PublicValue(
                item.code(),
                item.name(),
                item.unitOfMeasure(),
                v.period(),
                v.orgUnit(),
                unitNames.get(v.orgUnit()),
                combo,
                v.value(),
                v.lastUpdated());
    }
}
