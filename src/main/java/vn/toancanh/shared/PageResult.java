package vn.toancanh.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to page on. Pages count from 1, as people do. */
public record PageResult<T>(List<T> items, int page, int pageSize, long total) {

    public int pageCount() {
        return total == 0 ? 1 : (int) ((total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, pageSize, total);
    }
}
