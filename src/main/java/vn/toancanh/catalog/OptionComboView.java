package vn.toancanh.catalog;

import org.jspecify.annotations.Nullable;

/** One cell of a disaggregation (e.g. Nam × thành thị); id 0 / code {@code default} is the total. */
public record OptionComboView(
        long id,
        long comboId,
        String code,
        String name,
        @Nullable String nameEn) {

    public static final long DEFAULT_ID = 0;
    public static final String DEFAULT_CODE = "default";

    public boolean isDefault() {
        return id == DEFAULT_ID;
    }
}
