package vn.toancanh.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.DataGroupDetailView;
import vn.toancanh.catalog.DataItemDetailView;
import vn.toancanh.catalog.GroupFilter;
import vn.toancanh.catalog.ItemFilter;
import vn.toancanh.catalog.internal.GroupRepository.GroupDetailRow;
import vn.toancanh.catalog.internal.ItemQueryRepository.ItemDetailRow;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;

/** Turns stored rows (units as ids) into the detail views clients see (units as codes and names). */
@Component
public class CatalogReader {

    private final ItemQueryRepository items;
    private final GroupRepository groups;
    private final CatalogLookups lookups;

    CatalogReader(ItemQueryRepository items, GroupRepository groups, CatalogLookups lookups) {
        this.items = items;
        this.groups = groups;
        this.lookups = lookups;
    }

    public Optional<DataItemDetailView> itemDetail(String code) {
        return items.detail(code).map(row -> itemView(row, new UnitCache()));
    }

    /** Streams item details in catalog order; units are looked up once each. */
    public void forEachItemDetail(ItemFilter filter, Consumer<DataItemDetailView> consumer) {
        UnitCache units = new UnitCache();
        items.forEachDetail(filter, row -> consumer.accept(itemView(row, units)));
    }

    public Optional<DataGroupDetailView> groupDetail(String code) {
        return groups.detail(code).map(row -> groupView(row, new UnitCache()));
    }

    public PageResult<DataGroupDetailView> groupPage(PageQuery query, GroupFilter filter) {
        UnitCache units = new UnitCache();
        return groups.page(query, filter).map(row -> groupView(row, units));
    }

    private DataItemDetailView itemView(ItemDetailRow row, UnitCache units) {
        Optional<UnitView> owner = units.get(row.item().ownerUnitId());
        return new DataItemDetailView(
                row.item(),
                row.shortName(),
                row.description(),
                row.groupName(),
                row.sectorCode(),
                row.domainCode(),
                row.comboCode(),
                row.comboName(),
                owner.map(UnitView::code).orElse(null),
                owner.map(UnitView::name).orElse(null),
                units.codes(row.reportingUnitIds()),
                row.source(),
                row.legalBasis(),
                row.officialCode());
    }

    private DataGroupDetailView groupView(GroupDetailRow row, UnitCache units) {
        Optional<UnitView> owner = units.get(row.group().ownerUnitId());
        return new DataGroupDetailView(
                row.group(),
                row.sectorName(),
                row.domainName(),
                row.description(),
                owner.map(UnitView::code).orElse(null),
                owner.map(UnitView::name).orElse(null),
                units.codes(row.reportingUnitIds()),
                row.itemCount());
    }

    /** Units by id, fetched on first sight: a catalog names a few dozen units across thousands of items. */
    private final class UnitCache {
        private final Map<Long, Optional<UnitView>> cache = new HashMap<>();

        Optional<UnitView> get(Long id) {
            if (id == null) {
                return Optional.empty();
            }
            return cache.computeIfAbsent(
                    id,
                    key -> Optional.ofNullable(lookups.unitsByIds(List.of(key)).get(key)));
        }

        List<String> codes(List<Long> ids) {
            List<String> codes = new ArrayList<>();
            ids.forEach(id -> codes.add(get(id).map(UnitView::code).orElse(String.valueOf(id))));
            return codes;
        }
    }
}
