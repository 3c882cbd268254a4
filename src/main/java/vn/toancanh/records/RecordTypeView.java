package vn.toancanh.records;

import org.jspecify.annotations.Nullable;

/** A kind of record; {@code feedsItem} is the catalog item counting its records by unit and month. */
public record RecordTypeView(
        String code, String name, String nameEn, @Nullable String feedsItem) {}
