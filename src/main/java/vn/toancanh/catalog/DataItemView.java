package vn.toancanh.catalog;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.shared.PeriodType;

/**
 * A data item as other modules see it. {@code sourceLink} is where the records behind its figures are listed: a path
 * in this application with {@code {unit}} (unit code) and {@code {period}} (period id) placeholders.
 */
public record DataItemView(
        long id,
        String code,
        String name,
        @Nullable String nameEn,
        long groupId,
        String groupCode,
        @Nullable String unitOfMeasure,
        ValueType valueType,
        AggregationType aggregationType,
        AggregationType timeAggregationType,
        PeriodType periodType,
        long categoryComboId,
        @Nullable Long ownerUnitId,
        SharingLevel sharing,
        @Nullable BigDecimal minValue,
        @Nullable BigDecimal maxValue,
        boolean active,
        @Nullable String sourceLink) {

    /** Public and internal items every user reads; restricted ones leaders, admins and the owner unit. */
    public boolean readableBy(CurrentUser user) {
        if (sharing != SharingLevel.RESTRICTED || user.readsAll()) {
            return true;
        }
        return user.unitId() != null && user.unitId().equals(ownerUnitId);
    }
}
