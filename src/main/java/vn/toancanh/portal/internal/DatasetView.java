package vn.toancanh.portal.internal;

import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.DataGroupDetailView;
import vn.toancanh.shared.PeriodType;

/**
 * A public data group as open data: what it is, how often it is updated, which unit supplies it.
 *
 * @param sourceUnit the owner unit's name, the data's source
 * @param itemCount its public items; the others are never shown
 */
public record DatasetView(
        String code,
        String name,
        @Nullable String nameEn,
        @Nullable String description,
        String sectorCode,
        String sectorName,
        String domainName,
        @Nullable String sourceUnit,
        PeriodType frequency,
        int itemCount) {

    static DatasetView from(DataGroupDetailView detail, int publicItems) {
        var g = detail.group();
        return new DatasetView(
                g.code(),
                g.name(),
                g.nameEn(),
                detail.description(),
                g.sectorCode(),
                detail.sectorName(),
                detail.domainName(),
                detail.ownerUnitName(),
                g.periodType(),
                publicItems);
    }
}
