package vn.toancanh.organisation.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitContact;
import vn.toancanh.organisation.UnitDetailView;
import vn.toancanh.organisation.UnitGroupView;
import vn.toancanh.organisation.UnitKind;

/** A unit as the API returns it. {@code open} is false once its validity has ended. */
public record UnitResponse(
        long id,
        String code,
        String name,
        @Nullable String shortName,
        @Nullable String nameEn,
        UnitKind kind,
        String kindLabel,
        int level,
        @Nullable String parentCode,
        @Nullable String parentName,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        boolean open,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @JsonRawValue @Nullable String geometry,
        UnitContact contact,
        List<String> groups) {

    static UnitResponse from(UnitDetailView u) {
        var unit = u.unit();
        return new UnitResponse(
                unit.id(),
                unit.code(),
                unit.name(),
                unit.shortName(),
                u.nameEn(),
                unit.kind(),
                unit.kind().labelVi(),
                unit.level(),
                u.parentCode(),
                u.parentName(),
                unit.validFrom(),
                unit.validTo(),
                !u.isClosedOn(OrganisationService.today()),
                u.latitude(),
                u.longitude(),
                u.geometry(),
                u.contact(),
                u.groups().stream().map(UnitGroupView::code).toList());
    }
}
