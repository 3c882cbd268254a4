package vn.toancanh.catalog;

import org.jspecify.annotations.Nullable;

/** Optional filters of an item list, all by code; null or blank means any. */
public record ItemFilter(
        @Nullable String domain,
        @Nullable String sector,
        @Nullable String group,
        @Nullable ValueType valueType,
        @Nullable SharingLevel sharing,
        @Nullable Boolean active) {

    public static final ItemFilter NONE = new ItemFilter(null, null, null, null, null, null);

    public static ItemFilter ofGroup(String groupCode) {
        return new ItemFilter(null, null, groupCode, null, null, null);
    }
}
