package vn.toancanh.datavalues.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.datavalues.ImportOptions.IdScheme;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;

/**
 * Resolves the identifiers of a batch, as sent, to catalog and organisation objects: one query per distinct set
 * (chunked, so a batch touching tens of thousands of items stays under the driver's parameter limit).
 */
@Component
public class CodeLookup {

    private static final int CHUNK = 10_000;

    private final CatalogService catalog;
    private final OrganisationService organisation;

    CodeLookup(CatalogService catalog, OrganisationService organisation) {
        this.catalog = catalog;
        this.organisation = organisation;
    }

    public Map<String, DataItemView> items(Set<String> keys, IdScheme scheme) {
        return scheme == IdScheme.CODE ? chunked(keys, catalog::findItemsByCodes) : byId(keys, catalog::findItemsByIds);
    }

    public Map<String, UnitView> units(Set<String> keys, IdScheme scheme) {
        return scheme == IdScheme.CODE ? chunked(keys, organisation::findByCodes) : byId(keys, organisation::findByIds);
    }

    public Map<String, OptionComboView> optionCombos(Set<String> keys, IdScheme scheme) {
        return scheme == IdScheme.CODE
                ? chunked(keys, catalog::findOptionCombosByCodes)
                : byId(keys, catalog::findOptionCombosByIds);
    }

    private static <V> Map<String, V> chunked(Set<String> keys, Function<Collection<String>, Map<String, V>> finder) {
        Map<String, V> found = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int i = 0; i < all.size(); i += CHUNK) {
            found.putAll(finder.apply(all.subList(i, Math.min(all.size(), i + CHUNK))));
        }
        return found;
    }

    private static <V> Map<String, V> byId(Set<String> keys, Function<Collection<Long>, Map<Long, V>> finder) {
        Map<Long, String> sentById = new HashMap<>();
        for (String key : keys) {
            try {
                sentById.put(Long.parseLong(key), key);
            } catch (NumberFormatException notAnId) {
                // stays unresolved: reported as unknown
            }
        }
        Map<Long, V> found = new HashMap<>();
        List<Long> ids = new ArrayList<>(sentById.keySet());
        for (int i = 0; i < ids.size(); i += CHUNK) {
            found.putAll(finder.apply(ids.subList(i, Math.min(ids.size(), i + CHUNK))));
        }
        Map<String, V> result = new HashMap<>();
        found.forEach((id, v) -> result.put(sentById.get(id), v));
        return result;
    }
}
