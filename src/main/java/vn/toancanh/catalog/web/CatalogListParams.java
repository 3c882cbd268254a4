package vn.toancanh.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import vn.toancanh.catalog.ItemFilter;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.shared.PageQuery;

/**
 * The catalog page's query string, bound from the request, with the links the page needs (sort by a column,
 * go to a page) so the template builds no URL itself.
 */
public record CatalogListParams(
        @Nullable String q,
        @Nullable String domain,
        @Nullable String sector,
        @Nullable String group,
        @Nullable ValueType valueType,
        @Nullable SharingLevel sharing,
        @Nullable Boolean active,
        @Nullable String sort,
        @Nullable Integer page,
        @Nullable Integer pageSize) {

    static final int DEFAULT_PAGE_SIZE = 25;

    PageQuery pageQuery() {
        return PageQuery.of(page, pageSize == null ? DEFAULT_PAGE_SIZE : pageSize, q, sort);
    }

    ItemFilter filter() {
        return new ItemFilter(domain, sector, group, valueType, sharing, active);
    }

    /** The link that sorts by {@code key}, ascending first, descending when already ascending. */
    public String sortLink(String key) {
        String next = key.equals(sort) ? "-" + key : key;
        return link(Map.of("sort", next, "page", ""));
    }

    /** ascending, descending or none, for the column header's aria-sort. */
    public String sortState(String key) {
        if (key.equals(sort)) {
            return "ascending";
        }
        return ("-" + key).equals(sort) ? "descending" : "none";
    }

    public String pageLink(int number) {
        return link(Map.of("page", String.valueOf(number)));
    }

    /** The page numbers shown around the current one. */
    public List<Integer> window(int current, int count) {
        return IntStream.rangeClosed(Math.max(1, current - 2), Math.min(count, current + 2))
                .boxed()
                .toList();
    }

    public boolean filtered() {
        return (q != null && !q.isBlank()) || valueType != null || sharing != null || active != null;
    }

    private String link(Map<String, String> overrides) {
        Map<String, String> params = new TreeMap<>();
        put(params, "q", q);
        put(params, "domain", domain);
        put(params, "sector", sector);
        put(params, "group", group);
        put(params, "valueType", valueType == null ? null : valueType.name());
        put(params, "sharing", sharing == null ? null : sharing.name());
        put(params, "active", active == null ? null : active.toString());
        put(params, "sort", sort);
        put(params, "page", page == null ? null : page.toString());
        put(params, "pageSize", pageSize == null ? null : pageSize.toString());
        overrides.forEach((k, v) -> {
            params.remove(k);
            put(params, k, v);
        });
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/catalog");
        params.forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }

    private static void put(Map<String, String> params, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            params.put(key, value);
        }
    }
}
