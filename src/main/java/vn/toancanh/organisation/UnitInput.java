package vn.toancanh.organisation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a caller supplies to create or edit a unit. On edit {@code parentCode} is ignored (moving is its own
 * operation, because it rewrites the subtree) and a different {@code code} renames the unit's code.
 *
 * @param geometry a GeoJSON geometry object as text, or null
 * @param groupCodes the unit groups the unit belongs to; on edit the membership is replaced
 */
public record UnitInput(
        String code,
        String name,
        @Nullable String shortName,
        @Nullable String nameEn,
        @Nullable UnitKind kind,
        @Nullable String parentCode,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String geometry,
        UnitContact contact,
        List<String> groupCodes) {

    public UnitInput {
        code = code == null ? "" : code.trim();
        name = name == null ? "" : name.trim();
        shortName = blankToNull(shortName);
        nameEn = blankToNull(nameEn);
        parentCode = blankToNull(parentCode);
        geometry = blankToNull(geometry);
        contact = contact == null ? UnitContact.NONE : contact;
        groupCodes = groupCodes == null ? List.of() : List.copyOf(groupCodes);
    }

    /** A minimal input: code, name, kind and parent; everything else empty. */
    public static UnitInput of(String code, String name, UnitKind kind, @Nullable String parentCode) {
        return new UnitInput(
                code, name, null, null, kind, parentCode, null, null, null, null, null, UnitContact.NONE, List.of());
    }

    public UnitInput withParentCode(@Nullable String parent) {
        return new UnitInput(
                code,
                name,
                shortName,
                nameEn,
                kind,
                parent,
                validFrom,
                validTo,
                latitude,
                longitude,
                geometry,
                contact,
                groupCodes);
    }

    public UnitInput withValidFrom(@Nullable LocalDate from) {
        return new UnitInput(
                code,
                name,
                shortName,
                nameEn,
                kind,
                parentCode,
                from,
                validTo,
                latitude,
                longitude,
                geometry,
                contact,
                groupCodes);
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
