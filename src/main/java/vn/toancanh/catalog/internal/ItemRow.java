package vn.toancanh.catalog.internal;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.AggregationType;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.shared.PeriodType;
import vn.toancanh.shared.VietnameseText;

/** A data_item row ready to write: every reference already resolved to an id. */
public record ItemRow(
        String code,
        long groupId,
        String name,
        @Nullable String nameEn,
        @Nullable String shortName,
        @Nullable String description,
        @Nullable String unitOfMeasure,
        ValueType valueType,
        AggregationType aggregationType,
        AggregationType timeAggregationType,
        PeriodType periodType,
        long categoryComboId,
        @Nullable Long ownerUnitId,
        SharingLevel sharing,
        @Nullable String source,
        @Nullable String legalBasis,
        @Nullable String officialCode,
        @Nullable BigDecimal minValue,
        @Nullable BigDecimal maxValue,
        boolean active,
        int sortOrder,
        List<Long> reportingUnitIds) {

    static final List<String> COLUMNS = List.of(
            "code",
            "group_id",
            "name",
            "name_en",
            "short_name",
            "description",
            "unit_of_measure",
            "value_type",
            "aggregation_type",
            "time_aggregation_type",
            "period_type",
            "category_combo_id",
            "owner_unit_id",
            "sharing",
            "source",
            "legal_basis",
            "official_code",
            "min_value",
            "max_value",
            "active",
            "sort_order",
            "search_text");

    /** The folded text the diacritic-insensitive search matches: code, both names and the short name. */
    String searchText() {
        return VietnameseText.fold(
                String.join(" ", code, name, nameEn == null ? "" : nameEn, shortName == null ? "" : shortName));
    }

    Object[] values() {
        return new Object[] {
            code,
            groupId,
            name,
            nameEn,
            shortName,
            description,
            unitOfMeasure,
            valueType.name(),
            aggregationType.name(),
            timeAggregationType.name(),
            periodType.name(),
            categoryComboId,
            ownerUnitId,
            sharing.name(),
            source,
            legalBasis,
            officialCode,
            minValue,
            maxValue,
            active,
            sortOrder,
            searchText()
        };
    }
}
