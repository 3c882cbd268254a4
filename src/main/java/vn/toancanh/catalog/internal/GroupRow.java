package vn.toancanh.catalog.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.shared.PeriodType;
import vn.toancanh.shared.VietnameseText;

/** A data_group row ready to write, references resolved to ids. */
public record GroupRow(
        String code,
        long sectorId,
        String name,
        @Nullable String nameEn,
        @Nullable String description,
        @Nullable Long ownerUnitId,
        PeriodType periodType,
        SharingLevel sharing,
        int sortOrder,
        List<Long> reportingUnitIds) {

    static final List<String> COLUMNS = List.of(
            "code",
            "sector_id",
            "name",
            "name_en",
            "description",
            "owner_unit_id",
            "period_type",
            "sharing",
            "sort_order",
            "search_text");

    Object[] values() {
        String search = VietnameseText.fold(String.join(" ", code, name, nameEn == null ? "" : nameEn));
        return new Object[] {
            code, sectorId, name, nameEn, description, ownerUnitId, periodType.name(), sharing.name(), sortOrder, search
        };
    }
}
