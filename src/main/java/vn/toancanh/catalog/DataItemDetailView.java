package vn.toancanh.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything about one data item, for its page, the API and the export. */
public record DataItemDetailView(
        DataItemView item,
        @Nullable String shortName,
        @Nullable String description,
        String groupName,
        String sectorCode,
        String domainCode,
        String categoryComboCode,
        String categoryComboName,
        @Nullable String ownerUnitCode,
        @Nullable String ownerUnitName,
        List<String> reportingUnitCodes,
        @Nullable String source,
        @Nullable String legalBasis,
        @Nullable String officialCode) {

    /** The input that would recreate this item, for edit forms and the export→import round trip. */
    public DataItemInput toInput() {
        return new DataItemInput(
                item.code(),
                item.name(),
                item.nameEn(),
                shortName,
                description,
                item.groupCode(),
                item.unitOfMeasure(),
                item.valueType(),
                item.aggregationType(),
                item.timeAggregationType(),
                item.periodType(),
                categoryComboCode,
                ownerUnitCode,
                reportingUnitCodes,
                item.sharing(),
                source,
                legalBasis,
                officialCode,
                item.minValue(),
                item.maxValue(),
                item.active(),
                item.sourceLink());
    }
}
