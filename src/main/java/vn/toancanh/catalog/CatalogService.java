package vn.toancanh.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.catalog.internal.DataItemRepository;
import vn.toancanh.catalog.internal.GroupAndComboRepository;
import vn.toancanh.shared.NotFoundException;

/** The catalog façade other modules call. */
@Service
@Transactional(readOnly = true)
public class CatalogService {

    private final DataItemRepository items;
    private final GroupAndComboRepository groups;

    CatalogService(DataItemRepository items, GroupAndComboRepository groups) {
        this.items = items;
        this.groups = groups;
    }

    public Optional<DataItemView> findItemByCode(String code) {
        return items.findByCode(code);
    }

    public DataItemView getItemByCode(String code) {
        return findItemByCode(code).orElseThrow(() -> NotFoundException.of("chỉ tiêu", code));
    }

    /** Items by code, for resolving an import's codes in one query; unknown codes are absent from the map. */
    public Map<String, DataItemView> findItemsByCodes(Collection<String> codes) {
        return items.findByCodes(codes);
    }

    public Map<Long, DataItemView> findItemsByIds(Collection<Long> ids) {
        return items.findByIds(ids);
    }

    /** The active items of a data group, in display order. */
    public List<DataItemView> itemsOfGroup(String groupCode) {
        return items.findByGroupCode(groupCode);
    }

    public Optional<DataGroupView> findGroupByCode(String code) {
        return groups.findGroupByCode(code);
    }

    /** Every data group, ordered by domain, sector and group. */
    public List<DataGroupView> allGroups() {
        return groups.allGroups();
    }

    /** The cells of a disaggregation (just the default total for items without one). */
    public List<OptionComboView> optionCombosOf(long categoryComboId) {
        return groups.optionCombosOf(categoryComboId);
    }

    public Map<String, OptionComboView> findOptionCombosByCodes(Collection<String> codes) {
        return groups.optionCombosByCodes(codes);
    }

    public Map<Long, OptionComboView> findOptionCombosByIds(Collection<Long> ids) {
        return groups.optionCombosByIds(ids);
    }
}
