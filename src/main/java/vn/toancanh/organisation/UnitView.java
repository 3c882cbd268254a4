package vn.toancanh.organisation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A unit as other modules see it. {@code path} is the materialised id path, {@code /1/12/130/}. */
public record UnitView(
        long id,
        String code,
        String name,
        @Nullable String shortName,
        UnitKind kind,
        int level,
        @Nullable Long parentId,
        String path,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {

    /** Open on {@code date}: valid from on or before it and not closed before it. */
    public boolean isOpenOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
    }

    /** True when this unit is {@code ancestor} itself or lies below it. */
    public boolean isWithin(UnitView ancestor) {
        return path.startsWith(ancestor.path());
    }
}
