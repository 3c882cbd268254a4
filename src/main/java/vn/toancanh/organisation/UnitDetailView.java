package vn.toancanh.organisation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything known about one unit, for its detail page, the API and exports. */
public record UnitDetailView(
        UnitView unit,
        @Nullable String parentCode,
        @Nullable String parentName,
        @Nullable String nameEn,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String geometry,
        UnitContact contact,
        List<UnitGroupView> groups) {

    public String code() {
        return unit.code();
    }

    public String name() {
        return unit.name();
    }

    /** Closed when its validity ended before {@code today}. */
    public boolean isClosedOn(LocalDate today) {
        return unit.validTo() != null && unit.validTo().isBefore(today);
    }

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }

    public UnitDetailView withGroups(List<UnitGroupView> memberOf) {
        return new UnitDetailView(
                unit, parentCode, parentName, nameEn, latitude, longitude, geometry, contact, List.copyOf(memberOf));
    }
}
