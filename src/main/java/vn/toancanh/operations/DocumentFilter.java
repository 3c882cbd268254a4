package vn.toancanh.operations;

import org.jspecify.annotations.Nullable;

/**
 * What a document list shows: a book, a handling unit's subtree, a status, the open ones past their deadline, the
 * signed or unsigned ones, those registered in a month ({@code 202611}); null for any.
 */
public record DocumentFilter(
        @Nullable DocumentDirection direction,
        @Nullable String unit,
        @Nullable DocumentStatus status,
        boolean overdue,
        @Nullable Boolean signed,
        @Nullable String month) {

    public static DocumentFilter none() {
        return new DocumentFilter(null, null, null, false, null, null);
    }
}
