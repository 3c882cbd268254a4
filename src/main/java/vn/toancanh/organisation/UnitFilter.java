package vn.toancanh.organisation;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the unit list; null means any.
 *
 * @param parentCode only the direct children of this unit
 * @param includeClosed also units whose validity has ended
 */
public record UnitFilter(
        @Nullable UnitKind kind,
        @Nullable String parentCode,
        @Nullable Integer level,
        boolean includeClosed) {

    public static final UnitFilter OPEN = new UnitFilter(null, null, null, false);

    public UnitFilter {
        parentCode = UnitInput.blankToNull(parentCode);
    }
}
