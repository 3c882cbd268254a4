package vn.toancanh.shared;

/**
 * What a list request asks for: a page (from 1), a page size (1–1000, default 50), an optional search text and a
 * sort key with direction. Modules map the sort key to a column from a fixed list, never into SQL directly.
 */
public record PageQuery(int page, int pageSize, String search, String sort, boolean descending) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;

    public PageQuery {
        page = Math.max(1, page);
        pageSize = pageSize <= 0 ? DEFAULT_SIZE : Math.min(pageSize, MAX_SIZE);
        search = search == null ? "" : search.trim();
        sort = sort == null ? "" : sort.trim();
    }

    /** Parses {@code sort=name} or {@code sort=-name} / {@code sort=name:desc}. */
    public static PageQuery of(Integer page, Integer pageSize, String search, String sort) {
        String key = sort == null ? "" : sort.trim();
        boolean desc = false;
        if (key.startsWith("-")) {
            desc = true;
            key = key.substring(1);
        } else if (key.endsWith(":desc")) {
            desc = true;
            key = key.substring(0, key.length() - 5);
        } else if (key.endsWith(":asc")) {
            key = key.substring(0, key.length() - 4);
        }
        return new PageQuery(page == null ? 1 : page, pageSize == null ? DEFAULT_SIZE : pageSize, search, key, desc);
    }

    public int offset() {
        return (page - 1) * pageSize;
    }
}
