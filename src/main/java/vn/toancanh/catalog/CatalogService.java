package vn.toancanh.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.catalog.internal.DataItemRepository;
import vn.toancanh.shared.NotFoundException;

/** The catalog façade other modules call. */
@Service
@Transactional(readOnly = true)
public class CatalogService {

    private final DataItemRepository items;

    CatalogService(DataItemRepository items) {
        this.items = items;
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
}
