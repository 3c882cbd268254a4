package vn.toancanh.catalog;

import org.jspecify.annotations.Nullable;

/** Optional filters of a group list, by code; null or blank means any. */
public record GroupFilter(
        @Nullable String domain,
        @Nullable String sector,
        @Nullable SharingLevel sharing) {

    public static final GroupFilter NONE = new GroupFilter(null, null, null);
}
