package vn.toancanh.catalog;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.PeriodType;

/**
 * A monthly count a module computes from its own records (dossiers, feedback, digitised records) and writes as the
 * system: a whole number per unit and month, added up over units and, unless {@code atPeriodEnd} (a stock at the
 * month's end, whose last month counts), over months.
 *
 * @param sourceLink where the counted records are listed, with {@code {unit}} and {@code {period}} (see
 *     {@link DataItemView#sourceLink()}); null when no list matches the count exactly
 */
public record ComputedCount(
        String group,
        String code,
        String name,
        String nameEn,
        String unitOfMeasure,
        boolean atPeriodEnd,
        String source,
        @Nullable String legalBasis,
        @Nullable String sourceLink) {

    DataItemInput toInput() {
        return new DataItemInput(
                code,
                name,
                nameEn,
                null,
                "Tính tự động từ " + source + (atPeriodEnd ? " (số cuối kỳ)" : " (số phát sinh trong kỳ)"),
                group,
                unitOfMeasure,
                ValueType.INTEGER,
                AggregationType.SUM,
                atPeriodEnd ? AggregationType.LAST : AggregationType.SUM,
                PeriodType.MONTHLY,
                null,
                null,
                null,
                SharingLevel.INTERNAL,
                source,
                legalBasis,
                null,
                BigDecimal.ZERO,
                null,
                true,
                sourceLink);
    }
}
