package vn.toancanh.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One predecessor → successor link. From {@code effectiveDate} on, what is stored on the predecessor counts towards
 * the successor; {@code share} (0–1] is the part of the predecessor the successor took (1 for a merge), used to
 * apportion SUM items after a split.
 */
public record UnitSuccessionView(
        long id,
        SuccessionKind kind,
        long predecessorId,
        String predecessorCode,
        String predecessorName,
        long successorId,
        String successorCode,
        String successorName,
        LocalDate effectiveDate,
        BigDecimal share,
        @Nullable String legalBasis) {}
