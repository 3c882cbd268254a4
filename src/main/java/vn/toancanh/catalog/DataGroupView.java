package vn.toancanh.catalog;

import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.PeriodType;

/** A data group as other modules see it, with its sector and domain codes. */
public record DataGroupView(
        long id,
        String code,
        String name,
        @Nullable String nameEn,
        String sectorCode,
        String domainCode,
        @Nullable Long ownerUnitId,
        PeriodType periodType,
        SharingLevel sharing) {}
