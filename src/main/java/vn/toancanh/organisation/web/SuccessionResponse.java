package vn.toancanh.organisation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.toancanh.organisation.SuccessionKind;
import vn.toancanh.organisation.UnitSuccessionView;

/** One predecessor → successor link of a merge or split. */
public record SuccessionResponse(
        SuccessionKind kind,
        String predecessorCode,
        String predecessorName,
        String successorCode,
        String successorName,
        LocalDate effectiveDate,
        BigDecimal share,
        @Nullable String legalBasis) {

    static SuccessionResponse from(UnitSuccessionView s) {
        return new SuccessionResponse(
                s.kind(),
                s.predecessorCode(),
                s.predecessorName(),
                s.successorCode(),
                s.successorName(),
                s.effectiveDate(),
                s.share(),
                s.legalBasis());
    }
}
