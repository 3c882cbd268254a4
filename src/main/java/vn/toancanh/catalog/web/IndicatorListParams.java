package vn.toancanh.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import vn.toancanh.shared.PageQuery;

/** The indicator list's query string and the sort and page links it needs. */
public record IndicatorListParams(
        @Nullable String q,
        @Nullable String sort,
        @Nullable Integer page,
        @Nullable Integer pageSize) {

    static final int DEFAULT_PAGE_SIZE = 25;

    PageQuery pageQuery() {
        return PageQuery.of(page, pageSize == null ? DEFAULT_PAGE_SIZE : pageSize, q, sort);
    }

    /** The link that sorts by {@code key}, ascending first, descending when already ascending. */
    public String sortLink(String key) {
        return link(Map.of("sort", key.equals(sort) ? "-" + key : key, "page", ""));
    }

    /** ascending, descending or none, for the column header's aria-sort. */
    public String sortState(String key) {
        if (key.equals(sort)) {
            return "ascending";
        }
        return ("-" + key).equals(sort) ? "descending" : "none";
    }

    public String sortIcon(String key) {
        return switch (sortState(key)) {
            case "ascending" -> "bi-sort-up";
            case "descending" -> "bi-sort-down";
            default -> "bi-arrow-down-up text-body-tertiary";
        };
    }

    public String pageLink(int number) {
        return link(Map.of("page", String.valueOf(number)));
    }

    public List<Integer> window(int current, int count) {
        return IntStream.rangeClosed(Math.max(1, current - 2), Math.min(count, current + 2))
                .boxed()
                .toList();
    }

    private String link(Map<String, String> overrides) {
        Map<String, String> params = new TreeMap<>();
        put(params, "q", q);
        put(params, "sort", sort);
        put(params, "page", page == null ? null : page.toString());
        put(params, "pageSize", pageSize == null ? null : pageSize.toString());
        overrides.forEach((k, v) -> {
            params.remove(k);
            put(params, k, v);
        });
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/catalog/indicators");
        params.forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }

    private static void put(Map<String, String> params, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            params.put(key, value);
        }
    }
}
